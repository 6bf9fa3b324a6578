import type { EntityManager } from 'typeorm';
import type { PublicEvidencePhoto } from '@simpul/contracts';
import { runQuery } from '../../database/typed-query';
import { publicPhotos } from './evidence.queries';

/** The public path of an evidence photo a publication carries (served by the public controller). */
export const publicPhotoUrl = (attachmentId: string) => `/klarifikasi/bukti/${attachmentId}.jpg`;

/**
 * The photos marked public of a draft's linked cases that never held a rahasia report, as the
 * content every output is rendered from carries them: the same for every reader of the draft (a
 * SECURITY DEFINER function reads them), so the content hash the approvals are bound to does not
 * depend on who asks. Marking or unmarking a photo changes the content, so it needs approving.
 */
export async function publicEvidenceOf(
  manager: EntityManager,
  draftId: string,
): Promise<PublicEvidencePhoto[]> {
  const rows = await runQuery(manager, publicPhotos, { draftId });
  return rows.map((row) => ({
    url: publicPhotoUrl(row.attachmentId),
    caption: row.caption?.trim() || `Foto lapangan ${row.caseNumber}`,
  }));
}
