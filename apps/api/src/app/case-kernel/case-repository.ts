import type { EntityManager } from 'typeorm';
import type { CasePriority, CaseStatus, CaseSummary, LocationConfidence } from '@simpul/contracts';
import { queryRows } from '../database/query-rows';

/** The case row as the kernel reads it, with its lead agency. */
export interface CaseRow {
  id: string;
  number: string;
  title: string;
  description: string;
  classification: CaseSummary['classification'];
  channel: CaseSummary['channel'];
  category: string;
  status: CaseStatus;
  status_before_hold: CaseStatus | null;
  priority: CasePriority;
  tags: string[];
  regency_code: string | null;
  lat: number | null;
  lng: number | null;
  province_code: string | null;
  district_code: string | null;
  village_code: string | null;
  location_confidence: LocationConfidence;
  location_source: string | null;
  location_updated_at: Date | null;
  location_text: string | null;
  incident_date: string | null;
  intake_agency_id: string;
  version: number;
  created_at: Date;
  updated_at: Date;
  lead_agency_id: string;
  lead_agency_short_name: string;
}

/** The columns of `CaseRow`, over `c` (the case) and `lp`/`la` (its lead participant and agency). */
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
    const [row] = await queryRows<CaseRow>(
      manager,
      `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE c.id = $1`,
      [caseId],
    );
    return row;
  },

  /** The case, locked (`FOR UPDATE`) until the transaction ends, or undefined. */
  async lock(manager: EntityManager, caseId: string): Promise<CaseRow | undefined> {
    const [row] = await queryRows<CaseRow>(
      manager,
      `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE c.id = $1 FOR UPDATE OF c`,
      [caseId],
    );
    return row;
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
    const changed = await queryRows<{ id: string }>(
      manager,
      `UPDATE "case" SET ${[...sets, '"version" = "version" + 1', '"updated_at" = now()'].join(', ')}
       WHERE ${where} RETURNING "id"`,
      params,
    );
    return changed.length === 1;
  },
};
