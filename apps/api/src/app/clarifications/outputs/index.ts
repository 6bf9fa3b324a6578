import type { ClarificationOutputs, PublishedClarification } from '@simpul/contracts';
import { shareCardUrl } from './public-page';
import { instagramCaption, whatsappText, xThread } from './text-outputs';

export * from './markup';
export * from './public-page';
export * from './share-card';
export * from './text-outputs';

/** Every text output of a published clarification, ready to copy. */
export function renderOutputs(clarification: PublishedClarification): ClarificationOutputs {
  return {
    whatsapp: whatsappText(clarification),
    xThread: xThread(clarification),
    instagramCaption: instagramCaption(clarification),
    shareCardUrl: shareCardUrl(clarification),
    publicUrl: clarification.url,
  };
}
