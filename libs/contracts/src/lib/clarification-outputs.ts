import type { ClarificationOutputs, PublishedClarification } from './clarifications';

/** The outputs whose posting is logged (issue #15 item 4). */
export const CLARIFICATION_DELIVERY_OUTPUTS = [
  'whatsapp',
  'x',
  'instagram',
  'card',
  'page',
] as const;
export type ClarificationDeliveryOutput = (typeof CLARIFICATION_DELIVERY_OUTPUTS)[number];

/** A published clarification with every output, as the signed-in outputs panel reads it. */
export interface ClarificationPublicationView {
  publication: PublishedClarification;
  outputs: ClarificationOutputs;
}

/** "catat pengiriman": who posted which output where (channel: e.g. a WhatsApp group, @akun on X). */
export interface LogClarificationDeliveryRequest {
  output: ClarificationDeliveryOutput;
  channel: string;
  postedUrl?: string | null;
  note?: string | null;
}

export interface ClarificationDelivery {
  id: string;
  output: ClarificationDeliveryOutput;
  channel: string;
  postedUrl: string | null;
  note: string | null;
  postedByName: string | null;
  postedAt: string;
}

/** A correction or a retraction: a dated note shown on every output. */
export interface ClarificationNoteRequest {
  text: string;
}
