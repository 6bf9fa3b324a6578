import { Injectable } from '@nestjs/common';
import { LAPOR_BUCKETS, type CaseExportFormat, type CaseStatus } from '@simpul/contracts';
import { stream as excelStream } from 'exceljs';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import type { EntityManager } from 'typeorm';
import { CASE_RELATIONS, type CaseRelation } from '../../access/access-policy';
import { ActorDatabase } from '../../access/actor-database';
import type { Actor } from '../../access/actor';
import { AuditService } from '../../audit/audit.service';
import { queryRows } from '../../database/query-rows';
import { toReportView } from '../detail/case-views';
import type { InboxQueryDto } from '../dto/inbox-query.dto';
import { InboxService } from '../inbox/inbox.service';

/** Cases an export walks at most (the inbox's match cap); rows are streamed, never held. */
export const EXPORT_CASE_LIMIT = 1_000_000;
/** Rows fetched from the cursor at a time: the only rows in memory. */
const FETCH_SIZE = 500;

/** What a file is written to (the response's stream, handed out once the cursor is open). */
export interface ExportTarget {
  /** Called once, right before the first byte: nothing is written when the query fails. */
  start(format: CaseExportFormat): Writable;
  /** The client went away: stop reading. */
  aborted(): boolean;
}

interface ExportRow {
  id: string;
  number: string;
  title: string;
  status: CaseStatus;
  channel: string;
  category: string;
  regency_code: string | null;
  created_at: Date;
  lead_agency_short_name: string;
  report_id: string;
  tracking_id: string | null;
  reporter_name: string | null;
  reporter_contact: string | null;
  reporter_nik: string | null;
  anonymous: boolean;
  confidential: boolean;
  report_intake_agency_id: string;
  relations: string[];
}

/**
 * The case list as filtered (the inbox's filters, a leaders' drill-down included), one row per
 * report, as CSV or XLSX, streamed: rows come from a PostgreSQL cursor FETCH_SIZE at a time and
 * go out as they come, so a 100,000-row file never sits in memory. Reporter data passes the same
 * policy as the case page (`toReportView` over the acting agency's participant relation, all the
 * identity rules look at): what the exporter may not see is redacted. Audited.
 */
@Injectable()
export class CaseExportService {
  constructor(
    private readonly db: ActorDatabase,
    private readonly inboxes: InboxService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The file as a stream, once its query is open: a refusal or bad filter rejects before any
   * byte (an ordinary error answer); a failure later breaks the stream off.
   */
  open(actor: Actor, query: InboxQueryDto, format: CaseExportFormat): Promise<Readable> {
    const out = new PassThrough();
    return new Promise((resolve, reject) => {
      let started = false;
      const target: ExportTarget = {
        start: () => {
          started = true;
          resolve(out);
          return out;
        },
        aborted: () => out.destroyed,
      };
      this.export(actor, query, format, target).catch((error: unknown) => {
        if (!started) reject(error instanceof Error ? error : new Error(String(error)));
        else out.destroy(error instanceof Error ? error : new Error(String(error)));
      });
    });
  }

  async export(
    actor: Actor,
    query: InboxQueryDto,
    format: CaseExportFormat,
    target: ExportTarget,
  ): Promise<void> {
    await this.db.run(actor, async (manager) => {
      const sql = await this.inboxes.inboxStatements(manager, actor, query, {
        limit: 0,
        cursor: null,
        countLimit: EXPORT_CASE_LIMIT,
      });
      // The readable matches, decided under row-level security like the inbox's list; then the
      // rows are read without it (system mode), since checking every row of case, report,
      // participant and agency again cost more than the whole query (56 s before the first row of
      // 100,000 at load 25).
      await manager.query(
        `CREATE TEMP TABLE case_export_ids ON COMMIT DROP AS
         WITH ${sql.ctes ? `${sql.ctes}, ` : ''}m AS (${sql.matches}) SELECT DISTINCT case_id FROM m`,
        sql.params,
      );
      await manager.query(`SELECT set_config('simpul.system', 'on', true)`);
      // The policy's identity rules (name, contact, NIK) turn only on the acting agency's
      // participant relation, so that is the relation handed to them: one join, where
      // simpul_case_relations() per row cost 0.37 ms (37 s for 100,000 rows). Fewer relations
      // can only hide more, never show more, should a rule ever look at another relation.
      await manager.query(
        `DECLARE case_export NO SCROLL CURSOR FOR
         SELECT c.id, c.number, c.title, c.status, c.channel, c.category, c.regency_code, c.created_at,
                la.short_name AS lead_agency_short_name,
                r.id AS report_id, r.tracking_id, r.reporter_name, r.reporter_contact, r.reporter_nik,
                r.anonymous, r.confidential, r.intake_agency_id AS report_intake_agency_id,
                CASE WHEN me.role IS NULL THEN '{}'::text[] ELSE ARRAY['participant:' || me.role] END AS relations
         FROM case_export_ids x JOIN "case" c ON c.id = x.case_id
           JOIN case_participant lp ON lp.case_id = c.id AND lp.role = 'lead'
           JOIN agency la ON la.id = lp.agency_id
           JOIN case_report r ON r.case_id = c.id
           LEFT JOIN case_participant me ON me.case_id = c.id AND me.agency_id = simpul_actor_agency()
         ORDER BY c.created_at DESC, c.id, r.created_at, r.id`,
      );
      const writer =
        format === 'csv' ? csvWriter(target.start('csv')) : xlsxWriter(target.start('xlsx'));
      let count = 0;
      for (;;) {
        const batch = await fetchBatch(manager);
        if (batch.length === 0 || target.aborted()) break;
        await writer.rows(batch.map((row) => exportValues(row, actor)));
        count += batch.length;
      }
      // Committed on its own before the file ends, so the entry exists once the download is
      // complete (the export itself only reads).
      await this.audit.record({
        action: 'cases.exported',
        actorUserId: actor.userId,
        agencyId: actor.agencyId,
        targetType: 'case',
        ip: actor.ip,
        details: { rows: count, format, ...(query.figure ? { figure: query.figure } : {}) },
      });
      await writer.end();
    });
  }
}

function fetchBatch(manager: EntityManager): Promise<ExportRow[]> {
  return queryRows<ExportRow>(manager, `FETCH ${FETCH_SIZE} FROM case_export`);
}

const isRelation = (value: string): value is CaseRelation =>
  (CASE_RELATIONS as readonly string[]).includes(value);

/** One row's cells, reporter data through the policy. */
function exportValues(row: ExportRow, actor: Actor): string[] {
  const access = {
    relations: row.relations.filter(isRelation),
    role: actor.role,
    agencyId: actor.agencyId,
  };
  const view = toReportView(
    { ...row, id: row.report_id, intake_agency_id: row.report_intake_agency_id },
    access,
  );
  const hidden = (value: string | null, field: 'name' | 'contact' | 'nik') =>
    view.reporter.hidden.includes(field) ? REDACTED : (value ?? '');
  return [
    row.number,
    row.title,
    row.status,
    LAPOR_BUCKETS[row.status],
    row.lead_agency_short_name,
    row.channel,
    row.category,
    row.regency_code ?? '',
    row.created_at.toISOString(),
    row.tracking_id ?? '',
    hidden(view.reporter.name, 'name'),
    hidden(view.reporter.contact, 'contact'),
    hidden(view.reporter.nik, 'nik'),
    row.anonymous ? 'ya' : 'tidak',
    row.confidential ? 'ya' : 'tidak',
  ];
}

interface RowWriter {
  /** One fetched batch; resolves when the client has taken enough to ask for more. */
  rows(batch: string[][]): Promise<void>;
  end(): Promise<void>;
}

/** Waits when the client reads slower than the database answers. */
async function write(out: Writable, chunk: string): Promise<void> {
  if (out.destroyed) return;
  out.write(chunk);
  await drained(out);
}

function drained(out: Writable): Promise<void> {
  if (!out.writableNeedDrain || out.destroyed) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

function csvWriter(out: Writable): RowWriter {
  let started = false;
  /** The header line before the first chunk (and alone in a file without rows). */
  const header = () => {
    if (started) return '';
    started = true;
    return `${EXPORT_HEADER.join(',')}\r\n`;
  };
  return {
    // One chunk per batch: fewer, larger writes than one per row.
    rows: (batch) =>
      write(out, header() + batch.map((values) => `${values.map(csvCell).join(',')}\r\n`).join('')),
    async end() {
      const rest = header();
      if (rest) await write(out, rest);
      await new Promise<void>((resolve) => out.end(resolve));
    },
  };
}

/** exceljs's streaming writer: each row is committed (written out) as it comes. */
function xlsxWriter(out: Writable): RowWriter {
  const workbook = new excelStream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Kasus');
  sheet.addRow(EXPORT_HEADER).commit();
  return {
    rows(batch) {
      for (const values of batch) sheet.addRow(values).commit();
      // exceljs writes into the stream without waiting: wait here when the client is slow.
      return drained(out);
    },
    async end() {
      sheet.commit();
      await workbook.commit();
    },
  };
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
  'kabupaten_kota',
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
