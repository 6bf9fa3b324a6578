import { HttpStatus, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LaporFollowUp } from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import { CaseEventLog } from '../case-kernel/case-event-log';
import { CaseUnitOfWork } from '../case-kernel/case-unit-of-work';
import { formatLaporFollowUp } from './lapor-follow-up-text';

interface FollowUpRow {
  seq: number;
  at: Date;
  note: string | null;
  agency_name: string | null;
  number: string;
}

/** Follow-ups are status changes by the `follow_up` action, whose note is what the reporter reads. */
const FOLLOW_UP_SELECT = `SELECT e.seq, e.at, e.after->>'note' AS note, a.name AS agency_name, c.number
  FROM case_event e
  JOIN "case" c ON c.id = e.case_id
  LEFT JOIN agency a ON a.id = e.actor_agency_id
  WHERE e.case_id = $1 AND e.type = 'case.status_changed' AND e.after->>'action' = 'follow_up'`;

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
      const [row]: FollowUpRow[] = await manager.query(
        `${FOLLOW_UP_SELECT} ORDER BY e.seq DESC LIMIT 1`,
        [caseId],
      );
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
      await manager.query(`SELECT id FROM "case" WHERE id = $1 FOR UPDATE`, [caseId]);
      const [row]: FollowUpRow[] = await manager.query(`${FOLLOW_UP_SELECT} AND e.seq = $2`, [
        caseId,
        followUpSeq,
      ]);
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
    const [report]: { tracking_id: string }[] = await manager.query(
      `SELECT tracking_id FROM case_report WHERE case_id = $1 AND tracking_id IS NOT NULL ORDER BY created_at LIMIT 1`,
      [caseId],
    );
    const [posted]: { at: Date; name: string | null }[] = await manager.query(
      `SELECT e.at, u.name FROM case_event e LEFT JOIN app_user u ON u.id = e.actor_user_id
       WHERE e.case_id = $1 AND e.type = 'case.lapor_follow_up_posted' AND e.after->>'followUpSeq' = $2::text
       ORDER BY e.seq LIMIT 1`,
      [caseId, row.seq],
    );
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
