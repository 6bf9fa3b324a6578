import type { EntityManager } from 'typeorm';
import {
  CASE_CHANNELS,
  CASE_CLASSIFICATIONS,
  CASE_PRIORITIES,
  CASE_STATUSES,
  LOCATION_CONFIDENCES,
  type CaseChannel,
  type CaseClassification,
  type CasePriority,
  type CaseStatus,
  type LocationConfidence,
} from '@simpul/contracts';
import { queryRows } from '../database/query-rows';
import { runQuery } from '../database/typed-query';
import { loadCase, lockCase, type ILoadCaseResult } from './sql/case-kernel.queries';

/** The case row as the kernel reads it, with its lead agency (types from the schema). */
export interface CaseRow extends Omit<
  ILoadCaseResult,
  | 'classification'
  | 'channel'
  | 'status'
  | 'status_before_hold'
  | 'priority'
  | 'location_confidence'
> {
  classification: CaseClassification;
  channel: CaseChannel;
  status: CaseStatus;
  status_before_hold: CaseStatus | null;
  priority: CasePriority;
  location_confidence: LocationConfidence;
}

/** A text column that the schema's CHECK constraint limits to `values`. */
function checked<T extends string>(values: readonly T[], value: string, column: string): T {
  const known = values.find((candidate) => candidate === value);
  if (known === undefined) throw new Error(`case.${column} holds an unknown value: ${value}`);
  return known;
}

/** A case status read from the database (text under a CHECK), as the contract's union. */
export const caseStatus = (value: string): CaseStatus => checked(CASE_STATUSES, value, 'status');

/** A location confidence read from the database, as the contract's union. */
export const locationConfidence = (value: string): LocationConfidence =>
  checked(LOCATION_CONFIDENCES, value, 'location_confidence');

function toCaseRow(row: ILoadCaseResult): CaseRow {
  return {
    ...row,
    classification: checked(CASE_CLASSIFICATIONS, row.classification, 'classification'),
    channel: checked(CASE_CHANNELS, row.channel, 'channel'),
    status: checked(CASE_STATUSES, row.status, 'status'),
    status_before_hold:
      row.status_before_hold === null
        ? null
        : checked(CASE_STATUSES, row.status_before_hold, 'status_before_hold'),
    priority: checked(CASE_PRIORITIES, row.priority, 'priority'),
    location_confidence: checked(
      LOCATION_CONFIDENCES,
      row.location_confidence,
      'location_confidence',
    ),
  };
}

/** The columns of `CaseRow` (as in sql/case-kernel.sql's LoadCase) for reads that filter otherwise, over `c` (the case) and `lp`/`la` (its lead participant and agency). */
export const CASE_COLUMNS = `c.id, c.number, c.title, c.description, c.classification, c.channel, c.category, c.status,
  c.status_before_hold, c.priority, c.tags, c.lat, c.lng, c.province_code, c.district_code, c.village_code,
  c.location_confidence, c.location_source, c.location_updated_at,
  c.regency_code, c.location_text, to_char(c.incident_date, 'YYYY-MM-DD') AS incident_date, c.intake_agency_id,
  c.version, c.created_at, c.updated_at, lp.agency_id AS lead_agency_id, la.short_name AS lead_agency_short_name`;

/** The case with its lead agency, under row-level security. */
export const CASE_FROM = `"case" c
  JOIN case_participant lp ON lp.case_id = c.id AND lp.role = 'lead'
  JOIN agency la ON la.id = lp.agency_id`;

/**
 * The case row: loaded, locked for a change, and touched. Every change to a case goes through
 * `touch`, the only place that bumps the case's version (clients send the version they saw; a
 * stale one is refused), so no writer can forget it or bump it twice.
 */
export const caseRepository = {
  /** The case as the actor may read it, or undefined. */
  async load(manager: EntityManager, caseId: string): Promise<CaseRow | undefined> {
    const [row] = await runQuery(manager, loadCase, { caseId });
    return row && toCaseRow(row);
  },

  /** The case, locked (`FOR UPDATE`) until the transaction ends, or undefined. */
  async lock(manager: EntityManager, caseId: string): Promise<CaseRow | undefined> {
    const [row] = await runQuery(manager, lockCase, { caseId });
    return row && toCaseRow(row);
  },

  /**
   * Writes `sets` (SQL assignments to columns of "case", a fixed list never taken from input, whose
   * values are `$2`, `$3`, … in `values`; `$1` is the case), bumps the version and the update time.
   * With `expectedVersion` the change applies only to that version. Answers whether a row changed.
   */
  async touch(
    manager: EntityManager,
    caseId: string,
    sets: readonly string[] = [],
    values: readonly unknown[] = [],
    expectedVersion?: number,
  ): Promise<boolean> {
    const params = [caseId, ...values];
    let where = `"id" = $1`;
    if (expectedVersion !== undefined) {
      params.push(expectedVersion);
      where += ` AND "version" = $${params.length}`;
    }
    const changed = await queryRows(
      manager,
      `UPDATE "case" SET ${[...sets, '"version" = "version" + 1', '"updated_at" = now()'].join(', ')}
       WHERE ${where} RETURNING "id"`,
      params,
    );
    return changed.length === 1;
  },
};
