import { HttpStatus, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LaporFollowUp } from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import { CaseEventLog } from '../case-kernel/case-event-log';
import { CaseUnitOfWork } from '../case-kernel/case-unit-of-work';
import { runQuery } from '../database/typed-query';
import { formatLaporFollowUp } from './lapor-follow-up-text';
import {
  followUpAt,
  followUpPosted,
  laporTrackingId,
  latestFollowUp,
  lockCase,
  type ILatestFollowUpResult,
} from './lapor-follow-up.queries';

/** A follow-up (lapor-follow-up.sql says which events are). */
type FollowUpRow = ILatestFollowUpResult;

const laporUrl = (trackingId: string) => `https://www.lapor.go.id/pengaduan/${trackingId}`;

/**
 * "Copy to LAPOR": the case's latest follow-up as text to paste into LAPOR's follow-up box, and
 * the record (who, when) that an officer posted it there, until the LAPOR API can post it.
 */
@Injectable()
export class LaporFollowUpService {
  constructor(
    private readonly unitOfWork: CaseUnitOfWork,
    private readonly eventLog: CaseEventLog,
  ) {}

  latest(actor: Actor, caseId: string): Promise<LaporFollowUp> {
    return this.unitOfWork.run(actor, caseId, 'read', async (manager) => {
      const [row] = await runQuery(manager, latestFollowUp, { caseId });
      if (!row) {
        throw new ApiException(
          HttpStatus.NOT_FOUND,
          'NO_FOLLOW_UP',
          bilingual(
            'Kasus ini belum memiliki tindak lanjut untuk disalin ke LAPOR',
            'This case has no follow-up to copy to LAPOR yet',
          ),
        );
      }
      return this.view(manager, caseId, row);
    });
  }

  /** Idempotent: recording the same follow-up again changes nothing. */
  markPosted(actor: Actor, caseId: string, followUpSeq: number): Promise<LaporFollowUp> {
    return this.unitOfWork.run(actor, caseId, 'update', async (manager) => {
      await runQuery(manager, lockCase, { caseId });
      const [row] = await runQuery(manager, followUpAt, { caseId, seq: followUpSeq });
      if (!row) {
        throw new ApiException(
          HttpStatus.BAD_REQUEST,
          'VALIDATION_FAILED',
          bilingual(
            'Data tidak valid: followUpSeq bukan tindak lanjut kasus ini',
            'Invalid input: followUpSeq is not a follow-up of this case',
          ),
          [
            {
              field: 'followUpSeq',
              message: bilingual(
                'followUpSeq bukan tindak lanjut kasus ini',
                'followUpSeq is not a follow-up of this case',
              ),
            },
          ],
        );
      }
      const existing = await this.view(manager, caseId, row);
      if (existing.postedAt) return existing;
      await this.eventLog.append(manager, caseId, actor, 'case.lapor_follow_up_posted', null, {
        followUpSeq,
        trackingId: existing.trackingId,
      });
      return this.view(manager, caseId, row);
    });
  }

  private async view(
    manager: EntityManager,
    caseId: string,
    row: FollowUpRow,
  ): Promise<LaporFollowUp> {
    const [report] = await runQuery(manager, laporTrackingId, { caseId });
    const [posted] = await runQuery(manager, followUpPosted, { caseId, seq: String(row.seq) });
    const trackingId = report?.tracking_id ?? null;
    const note = row.note ?? '';
    return {
      caseId,
      caseNumber: row.number,
      trackingId,
      laporUrl: trackingId ? laporUrl(trackingId) : null,
      followUpSeq: row.seq,
      followedUpAt: row.at.toISOString(),
      note,
      text: formatLaporFollowUp({
        agencyName: row.agency_name ?? '',
        note,
        followedUpAt: row.at,
      }),
      postedAt: posted?.at.toISOString() ?? null,
      postedByName: posted?.name ?? null,
    };
  }
}
