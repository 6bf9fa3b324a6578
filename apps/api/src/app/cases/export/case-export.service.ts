import { Injectable } from '@nestjs/common';
import { LAPOR_BUCKETS } from '@simpul/contracts';
import type { CaseAccessContext } from '../../access/access-policy';
import { ActorDatabase } from '../../access/actor-database';
import type { Actor } from '../../access/actor';
import { AuditService } from '../../audit/audit.service';
import { CASE_COLUMNS, CASE_FROM, type CaseRow } from '../../case-kernel/case-repository';
import { caseAccess } from '../../case-kernel/case-unit-of-work';
import { queryRows } from '../../database/query-rows';
import { toReportView, type ReportRow } from '../detail/case-views';

/** The CSV export of the visible cases. */
@Injectable()
export class CaseExportService {
  constructor(
    private readonly db: ActorDatabase,
    private readonly audit: AuditService,
  ) {}

  /**
   * CSV export of the cases the acting agency may read, one row per report. Reporter data passes
   * through the same policy as the case page: what the exporter may not see is redacted. Audited.
   */
  async exportCsv(actor: Actor): Promise<string> {
    const csv = await this.db.run(actor, async (manager) => {
      const rows = await queryRows<
        CaseRow & ReportRow & { report_id: string; report_intake_agency_id: string }
      >(
        manager,
        `SELECT ${CASE_COLUMNS}, r.id AS report_id, r.tracking_id, r.reporter_name, r.reporter_contact, r.reporter_nik,
                r.anonymous, r.confidential, r.intake_agency_id AS report_intake_agency_id
         FROM ${CASE_FROM} JOIN case_report r ON r.case_id = c.id
         ORDER BY c.created_at DESC, c.id, r.created_at LIMIT 100000`,
      );
      const accessByCase = new Map<string, CaseAccessContext>();
      const lines = [EXPORT_HEADER.join(',')];
      for (const row of rows) {
        if (!accessByCase.has(row.id))
          accessByCase.set(row.id, await caseAccess(manager, actor, row.id));
        const view = toReportView(
          { ...row, id: row.report_id, intake_agency_id: row.report_intake_agency_id },
          accessByCase.get(row.id) as CaseAccessContext,
        );
        const hidden = (value: string | null, field: 'name' | 'contact' | 'nik') =>
          view.reporter.hidden.includes(field) ? REDACTED : (value ?? '');
        lines.push(
          [
            row.number,
            row.title,
            row.status,
            LAPOR_BUCKETS[row.status],
            row.lead_agency_short_name,
            row.channel,
            row.category,
            row.created_at.toISOString(),
            row.tracking_id ?? '',
            hidden(view.reporter.name, 'name'),
            hidden(view.reporter.contact, 'contact'),
            hidden(view.reporter.nik, 'nik'),
            row.anonymous ? 'ya' : 'tidak',
            row.confidential ? 'ya' : 'tidak',
          ]
            .map(csvCell)
            .join(','),
        );
      }
      return { text: lines.join('\r\n') + '\r\n', count: rows.length };
    });
    await this.audit.record({
      action: 'cases.exported',
      actorUserId: actor.userId,
      agencyId: actor.agencyId,
      targetType: 'case',
      ip: actor.ip,
      details: { rows: csv.count },
    });
    return csv.text;
  }
}

const REDACTED = '[disembunyikan]';
const EXPORT_HEADER = [
  'nomor',
  'judul',
  'status',
  'bucket_lapor',
  'instansi_utama',
  'saluran',
  'kategori',
  'dibuat',
  'tracking_id_lapor',
  'nama_pelapor',
  'kontak_pelapor',
  'nik_pelapor',
  'anonim',
  'rahasia',
];

/** RFC 4180 cell; a leading =, +, - or @ is neutralised so spreadsheets do not run it as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
