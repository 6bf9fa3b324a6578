import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  CaseEventPayloads,
  HandoffView,
  LaporImportResult,
  LaporImportRowError,
  LaporImportRowResult,
  LaporSyncedField,
  MembershipRole,
} from '@simpul/contracts';
import { casePolicy } from '../access/access-policy';
import { forbidden } from '../access/access-errors';
import { ActorDatabase } from '../access/actor-database';
import type { Actor } from '../access/actor';
import { bilingual, type Bilingual } from '../common/bilingual';
import { CaseClocks } from '../case-kernel/case-clocks';
import { CaseEventLog } from '../case-kernel/case-event-log';
import { PlacesService } from '../location/places.service';
import { NotificationWriter } from '../notifications/notification-writer';
import { HandoffsService } from '../cases/handoffs/handoffs.service';
import { IntakeRouting } from '../cases/handoffs/intake-routing';
import { caseAccess } from '../case-kernel/case-unit-of-work';
import { runQuery } from '../database/typed-query';
import type { LaporReport, LaporSource } from './lapor-source';
import {
  incomingValues,
  isPersonalField,
  PERSONAL_FIELDS,
  planSync,
  sameValue,
  snapshotChanged,
  type LaporSnapshot,
  type SyncValues,
} from './lapor-sync';
import {
  applyFieldValues,
  deriveImportedLocation,
  storeConflicts,
  timelineValues,
} from './lapor-case-writes';
import {
  findLinkedReport,
  importedCaseNumber,
  insertLaporCase,
  insertLaporLead,
  insertLaporReport,
  lockLinkedReport,
  newLaporCaseId,
  openReportConflicts,
  setLaporStatus,
  storeLaporSnapshot,
  trackingIdTaken,
  type IFindLinkedReportResult,
} from './lapor-import.queries';
import { laporSnapshotOf, syncedField, syncValueOf } from './lapor-json';

const IMPORTING_ROLES: readonly MembershipRole[] = ['admin', 'petugas', 'pimpinan'];

/** A report that carries the Tracking ID, with its case, as the acting agency sees them. */
interface LinkedReportRow extends Omit<IFindLinkedReportResult, 'lapor_snapshot'> {
  lapor_snapshot: LaporSnapshot | null;
}

interface RowOutcome {
  result: LaporImportRowResult;
  errors: LaporImportRowError[];
  /** A handoff proposal intake routing made, whose expiry is queued after the row's commit. */
  handoff?: HandoffView | null;
}

/** A row that cannot be imported; thrown inside the row's transaction so nothing of it stays. */
class RowRefusal {
  constructor(
    readonly field: string,
    readonly message: Bilingual,
  ) {}
}

const TRACKING_ID_TAKEN = 'uq_case_report_tracking';

/**
 * Imports LAPOR reports into cases, idempotent by Tracking ID. A new Tracking ID becomes a case
 * taken in and led by the acting agency; a known one is brought up to date field by field, except
 * where someone edited the field in Simpul since the last import: there the Simpul value stays
 * and the LAPOR value waits as a conflict. Every row is its own transaction.
 */
@Injectable()
export class LaporImportService {
  constructor(
    private readonly db: ActorDatabase,
    private readonly eventLog: CaseEventLog,
    private readonly clocks: CaseClocks,
    private readonly places: PlacesService,
    private readonly notifications: NotificationWriter,
    private readonly routing: IntakeRouting,
    private readonly handoffs: HandoffsService,
  ) {}

  /** Only the working staff of an agency import (humas answers the public, not the file). */
  assertMayImport(actor: Actor): void {
    if (!actor.agencyId || !actor.role || !IMPORTING_ROLES.includes(actor.role)) {
      throw forbidden(
        bilingual(
          'Hanya admin, petugas atau pimpinan instansi yang dapat mengimpor laporan LAPOR.',
          "Only an agency's admin, officers or leaders can import LAPOR reports.",
        ),
      );
    }
  }

  async import(
    actor: Actor,
    source: LaporSource,
    options: { dryRun: boolean },
  ): Promise<LaporImportResult> {
    this.assertMayImport(actor);
    const result: LaporImportResult = {
      dryRun: options.dryRun,
      format: source.format,
      rows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      conflicts: 0,
      errors: [],
      ignoredColumns: [...source.ignoredColumns],
      results: [],
    };
    const firstRowOf = new Map<string, number>();
    // The new cases of this run are announced as one grouped notification per colleague.
    const run = randomUUID();
    for await (const entry of source.fetchReports()) {
      result.rows++;
      let outcome: RowOutcome;
      if ('errors' in entry) {
        outcome = {
          result: { row: entry.row, trackingId: entry.trackingId ?? null, outcome: 'error' },
          errors: entry.errors,
        };
      } else if (firstRowOf.has(entry.report.trackingId)) {
        outcome = this.refused(
          entry.row,
          entry.report.trackingId,
          new RowRefusal(
            'trackingId',
            bilingual(
              `Tracking ID ${entry.report.trackingId} sudah ada di baris ${firstRowOf.get(entry.report.trackingId)} file ini`,
              `Tracking ID ${entry.report.trackingId} already appears on row ${firstRowOf.get(entry.report.trackingId)} of this file`,
            ),
          ),
        );
      } else {
        firstRowOf.set(entry.report.trackingId, entry.row);
        outcome = await this.importRow(actor, entry.row, entry.report, options.dryRun, run);
      }
      result.results.push(outcome.result);
      result.errors.push(...outcome.errors);
      const kind = outcome.result.outcome;
      if (kind === 'created' || kind === 'updated' || kind === 'unchanged') result[kind]++;
      result.conflicts += outcome.result.conflictFields?.length ?? 0;
    }
    return result;
  }

  private async importRow(
    actor: Actor,
    row: number,
    report: LaporReport,
    dryRun: boolean,
    run: string,
    attempt = 1,
  ): Promise<RowOutcome> {
    try {
      const outcome = await this.db.run(actor, async (manager) => {
        // A dry run reads like a real one and cannot write, whatever happens below.
        if (dryRun) await manager.query(`SET TRANSACTION READ ONLY`);
        const linked = await this.findLinkedReport(manager, report.trackingId, !dryRun);
        if (!linked) return this.create(manager, actor, row, report, dryRun, run);
        return this.sync(manager, actor, row, report, linked, dryRun);
      });
      if (outcome.handoff) await this.handoffs.scheduleExpiry(outcome.handoff);
      return { result: outcome.result, errors: outcome.errors };
    } catch (error) {
      if (error instanceof RowRefusal) return this.refused(row, report.trackingId, error);
      const { code, constraint } = error as { code?: string; constraint?: string };
      // Another import created the same Tracking ID meanwhile: the retry finds it.
      if (constraint === TRACKING_ID_TAKEN && attempt === 1) {
        return this.importRow(actor, row, report, dryRun, run, 2);
      }
      if (constraint === TRACKING_ID_TAKEN) {
        return this.refused(row, report.trackingId, this.takenElsewhere(report.trackingId));
      }
      // Data the database refuses (a value out of range) fails this row, not the import.
      if (code?.startsWith('22') || code?.startsWith('23')) {
        return this.refused(
          row,
          report.trackingId,
          new RowRefusal(
            'row',
            bilingual(
              'baris ini tidak dapat disimpan karena datanya ditolak basis data',
              'this row could not be saved because the database refused its data',
            ),
          ),
        );
      }
      throw error;
    }
  }

  private refused(row: number, trackingId: string, refusal: RowRefusal): RowOutcome {
    return {
      result: { row, trackingId, outcome: 'error' },
      errors: [{ row, field: refusal.field, message: refusal.message, trackingId }],
    };
  }

  private takenElsewhere(trackingId: string): RowRefusal {
    return new RowRefusal(
      'trackingId',
      bilingual(
        `Tracking ID ${trackingId} sudah tercatat di instansi lain`,
        `Tracking ID ${trackingId} is already recorded by another agency`,
      ),
    );
  }

  private async findLinkedReport(
    manager: EntityManager,
    trackingId: string,
    lock: boolean,
  ): Promise<LinkedReportRow | null> {
    if (lock) await runQuery(manager, lockLinkedReport, { trackingId });
    const [row] = await runQuery(manager, findLinkedReport, { trackingId });
    return row ? { ...row, lapor_snapshot: laporSnapshotOf(row.lapor_snapshot) } : null;
  }

  /** A new case taken in and led by the acting agency, with the one LAPOR report. */
  private async create(
    manager: EntityManager,
    actor: Actor,
    row: number,
    report: LaporReport,
    dryRun: boolean,
    run: string,
  ): Promise<RowOutcome> {
    // Row-level security hides another agency's case; the unique Tracking ID does not.
    const [{ taken }] = await runQuery(manager, trackingIdTaken, { trackingId: report.trackingId });
    if (taken) throw this.takenElsewhere(report.trackingId);
    if (dryRun) {
      return { result: { row, trackingId: report.trackingId, outcome: 'created' }, errors: [] };
    }
    const values = {
      title: report.title,
      description: report.content,
      incidentDate: report.date,
      category: report.category ?? 'lainnya',
      locationText: report.location ?? null,
      classification: report.classification ?? 'pengaduan',
      anonymous: report.anonymous,
      confidential: report.confidential,
      reporterName: report.reporterName ?? null,
      reporterContact: report.reporterContact ?? null,
      reporterNik: report.reporterNik ?? null,
    } satisfies Required<SyncValues>;
    const snapshot: LaporSnapshot = {
      ...values,
      categoryText: report.categoryText ?? null,
      status: report.status ?? null,
    };
    const [{ id }] = await runQuery(manager, newLaporCaseId, undefined);
    // The case is not visible to its creator until the lead participant exists: no RETURNING.
    await runQuery(manager, insertLaporCase, {
      id,
      title: values.title,
      description: values.description,
      classification: values.classification,
      category: values.category,
      incidentDate: values.incidentDate,
      locationText: values.locationText,
      intakeAgencyId: actor.agencyId,
    });
    await runQuery(manager, insertLaporLead, {
      caseId: id,
      agencyId: actor.agencyId,
      addedBy: actor.userId,
    });
    await runQuery(manager, insertLaporReport, {
      caseId: id,
      trackingId: report.trackingId,
      reporterName: values.reporterName,
      reporterContact: values.reporterContact,
      reporterNik: values.reporterNik,
      anonymous: values.anonymous,
      confidential: values.confidential,
      snapshot: JSON.stringify(snapshot),
      laporStatus: snapshot.status,
    });
    await this.eventLog.append(manager, id, actor, 'case.lapor_imported', null, {
      status: 'new',
      title: values.title,
      channel: 'lapor',
      category: values.category,
      trackingId: report.trackingId,
      laporStatus: snapshot.status ?? null,
      ...(report.categoryText ? { laporCategory: report.categoryText } : {}),
    });
    await deriveImportedLocation(manager, this.places, id, report);
    // SLA clocks start when the report was submitted to LAPOR (its date, 00:00 local time), not
    // at the import: the reporter has been waiting since then.
    const now = new Date();
    const submitted = await this.clocks.startOfLocalDay(report.date);
    await this.clocks.onCreated(
      manager,
      await this.clocks.clockedCase(manager, id),
      now,
      submitted < now ? submitted : now,
    );
    await this.notifications.newCase(
      manager,
      id,
      { userId: actor.userId, name: actor.name },
      { laporImportRun: run },
    );
    // The owner suggestion routes the row's case like any other intake (issue #13).
    const routed = await this.routing.route(manager, actor, id);
    const [{ number }] = await runQuery(manager, importedCaseNumber, { caseId: id });
    return {
      result: {
        row,
        trackingId: report.trackingId,
        outcome: 'created',
        caseId: id,
        caseNumber: number,
      },
      errors: [],
      handoff: routed.handoff,
    };
  }

  /** Brings a linked report up to date; edited fields become conflicts instead. */
  private async sync(
    manager: EntityManager,
    actor: Actor,
    row: number,
    report: LaporReport,
    linked: LinkedReportRow,
    dryRun: boolean,
  ): Promise<RowOutcome> {
    const access = await caseAccess(manager, actor, linked.case_id);
    if (!casePolicy.update(access)) {
      throw new RowRefusal(
        'trackingId',
        bilingual(
          `Tracking ID ${report.trackingId} milik kasus ${linked.number}, yang tidak dapat Anda ubah`,
          `Tracking ID ${report.trackingId} belongs to case ${linked.number}, which you cannot change`,
        ),
      );
    }
    const current: SyncValues = {
      title: linked.title,
      description: linked.description,
      incidentDate: linked.incident_date,
      category: linked.category,
      locationText: linked.location_text,
      classification: linked.classification,
      anonymous: linked.anonymous,
      confidential: linked.confidential,
      reporterName: linked.reporter_name,
      reporterContact: linked.reporter_contact,
      reporterNik: linked.reporter_nik,
    };
    const open = (await runQuery(manager, openReportConflicts, { reportId: linked.report_id })).map(
      (c) => ({
        id: c.id,
        field: syncedField(c.field),
        lapor_value: syncValueOf(c.lapor_value, 'lapor_conflict.lapor_value'),
      }),
    );
    const plan = planSync({
      current,
      snapshot: linked.lapor_snapshot,
      incoming: incomingValues(report),
      openConflicts: new Map(open.map((c) => [c.field, c.lapor_value])),
      // Reporter data erased under the retention rule never comes back through an import.
      skip: new Set(linked.personal_data_purged_at ? PERSONAL_FIELDS : []),
    });
    if (report.categoryText !== undefined) plan.snapshot.categoryText = report.categoryText;
    const statusChanged =
      report.status !== undefined && !sameValue(report.status, linked.lapor_status);
    if (report.status !== undefined) plan.snapshot.status = report.status;

    const applied = Object.keys(plan.apply) as LaporSyncedField[];
    const conflictFields = plan.conflicts.map((c) => c.field);
    const changed = applied.length > 0 || statusChanged;
    const base = {
      row,
      trackingId: report.trackingId,
      caseId: linked.case_id,
      caseNumber: linked.number,
    };
    const result: LaporImportRowResult = {
      ...base,
      outcome: changed ? 'updated' : conflictFields.length > 0 ? 'conflict' : 'unchanged',
      ...(applied.length > 0 ? { updatedFields: applied } : {}),
      ...(conflictFields.length > 0 ? { conflictFields } : {}),
    };
    if (dryRun) return { result, errors: [] };

    if (changed) {
      await this.applyValues(
        manager,
        linked,
        plan.apply,
        statusChanged ? report.status : undefined,
      );
      const before: Record<string, unknown> = timelineValues(
        Object.fromEntries(applied.map((field) => [field, current[field] ?? null])),
      );
      const after: CaseEventPayloads['case.lapor_updated']['after'] = {
        ...timelineValues(plan.apply),
        trackingId: report.trackingId,
      };
      const personal = applied.filter(isPersonalField);
      if (personal.length > 0) after['reporterFieldsChanged'] = personal;
      if (statusChanged) {
        before['laporStatus'] = linked.lapor_status;
        after['laporStatus'] = report.status;
      }
      await this.eventLog.append(
        manager,
        linked.case_id,
        actor,
        'case.lapor_updated',
        before,
        after,
      );
      // The resolution clock starts once the file is complete: the location is known.
      if (plan.apply.locationText && !linked.location_text) {
        await this.clocks.onLocationKnown(
          manager,
          await this.clocks.clockedCase(manager, linked.case_id),
        );
      }
    }
    await storeConflicts(manager, this.eventLog, actor, linked, plan.conflicts, open);
    if (changed || snapshotChanged(linked.lapor_snapshot, plan.snapshot)) {
      await runQuery(manager, storeLaporSnapshot, {
        reportId: linked.report_id,
        snapshot: JSON.stringify(plan.snapshot),
      });
    }
    return { result, errors: [] };
  }

  /** Writes LAPOR values into the case and its report, and counts one new version. */
  private async applyValues(
    manager: EntityManager,
    linked: Pick<LinkedReportRow, 'case_id' | 'report_id'>,
    values: SyncValues,
    laporStatus: string | null | undefined,
  ): Promise<void> {
    await applyFieldValues(manager, linked, values);
    if (laporStatus !== undefined) {
      await runQuery(manager, setLaporStatus, { reportId: linked.report_id, laporStatus });
    }
  }
}
