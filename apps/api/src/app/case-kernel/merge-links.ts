import { HttpStatus } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseMergeLink } from '@simpul/contracts';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import { runQuery } from '../database/typed-query';
import {
  mergedFrom,
  mergedInto,
  mergeTarget,
  type IMergedFromResult,
} from './sql/case-kernel.queries';

const toLink = (row: IMergedFromResult): CaseMergeLink => ({
  caseId: row.id,
  number: row.number,
  title: row.title,
  mergedAt: row.merged_at.toISOString(),
});

/**
 * Both directions of the merge links of a case, as far as the actor may read them (row-level
 * security applies: the agencies of a merged case all take part in the surviving one).
 */
export async function loadMergeLinks(
  manager: EntityManager,
  caseId: string,
): Promise<{ mergedInto: CaseMergeLink | null; mergedFrom: CaseMergeLink[] }> {
  const into = await runQuery(manager, mergedInto, { caseId });
  const from = await runQuery(manager, mergedFrom, { caseId });
  return { mergedInto: into[0] ? toLink(into[0]) : null, mergedFrom: from.map(toLink) };
}

/** A merged case is a closed record: its status no longer moves (its reports moved away). */
export async function refuseIfMerged(manager: EntityManager, caseId: string): Promise<void> {
  const [row] = await runQuery(manager, mergeTarget, { caseId });
  if (!row) return;
  const target = row.number ?? '-';
  throw new ApiException(
    HttpStatus.CONFLICT,
    'CASE_MERGED',
    bilingual(
      `Kasus ini sudah digabung ke ${target}; lanjutkan penanganan di kasus tersebut.`,
      `This case was merged into ${target}; continue the work on that case.`,
    ),
    [
      {
        field: 'action',
        message: bilingual(
          `kasus sudah digabung ke ${target}`,
          `the case was merged into ${target}`,
        ),
      },
    ],
  );
}
