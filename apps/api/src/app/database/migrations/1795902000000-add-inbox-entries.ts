import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '../app-role';

/** The case columns an inbox entry copies (the inbox's filters and sort keys). */
const COPIED = ['created_at', 'status', 'category', 'regency_code', 'location_confidence'];

/**
 * The inbox at a million cases: one narrow row per (participating agency, case) with the inbox's
 * filter and sort columns, so that every inbox view is an index-only range scan per readable agency
 * instead of a walk over the wide `case` heap. Entries are derived from the case row alone (its
 * `participant_agency_ids`, kept by the participant trigger, and the columns below) by one trigger,
 * and read only through `case_inbox_entries`, an owner view that applies the access policy's
 * readable-agency rule like `case_inbox` does. `simpul_inbox_entries_backfill()` rebuilds them
 * set-wise (this migration, bulk loads that bypass triggers).
 */
export class AddInboxEntries1795902000000 implements MigrationInterface {
  name = 'AddInboxEntries1795902000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "case_inbox_entry" (
        "agency_id" uuid NOT NULL,
        "case_id" uuid NOT NULL REFERENCES "case" ("id") ON DELETE CASCADE,
        "created_at" timestamptz NOT NULL,
        "due" timestamptz NOT NULL,
        "status" varchar(32) NOT NULL,
        "category" varchar(64) NOT NULL,
        "regency_code" varchar(8) NULL,
        "location_confidence" varchar(8) NOT NULL,
        "sla_escalated" boolean NOT NULL,
        PRIMARY KEY ("agency_id", "case_id")
      ) WITH (fillfactor = 90)`);

    // The due-date sort key: cases without a running clock last (as the inbox sorts them).
    const entryOf = (c: string) => `${c}.id, ${COPIED.map((k) => `${c}.${k}`).join(', ')},
      coalesce(${c}.next_deadline, 'infinity'::timestamptz), ${c}.sla_escalated`;
    const columns = `case_id, ${COPIED.join(', ')}, due, sla_escalated`;
    await q.query(`
      CREATE FUNCTION simpul_inbox_entries_backfill() RETURNS void
      LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
        INSERT INTO case_inbox_entry (agency_id, ${columns})
        SELECT a, ${entryOf('c')} FROM "case" c, unnest(c.participant_agency_ids) a
        ON CONFLICT DO NOTHING
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION simpul_inbox_entries_backfill() FROM PUBLIC`);
    await q.query(`
      CREATE FUNCTION simpul_sync_inbox_entries() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        DELETE FROM case_inbox_entry
         WHERE case_id = NEW.id AND agency_id <> ALL (NEW.participant_agency_ids);
        INSERT INTO case_inbox_entry (agency_id, ${columns})
        SELECT a, ${entryOf('NEW')} FROM unnest(NEW.participant_agency_ids) a
        ON CONFLICT (agency_id, case_id) DO UPDATE SET
          ${[...COPIED, 'due', 'sla_escalated'].map((k) => `${k} = EXCLUDED.${k}`).join(', ')};
        RETURN NULL;
      END
      $$`);
    const watched = ['participant_agency_ids', ...COPIED, 'next_deadline', 'sla_escalated'];
    await q.query(`
      CREATE TRIGGER "tr_case_inbox_entries_insert" AFTER INSERT ON "case"
      FOR EACH ROW EXECUTE FUNCTION simpul_sync_inbox_entries()`);
    // Not on the writes that touch only other columns (every case event bumps last_event_seq).
    await q.query(`
      CREATE TRIGGER "tr_case_inbox_entries_update" AFTER UPDATE OF ${watched.map((k) => `"${k}"`).join(', ')} ON "case"
      FOR EACH ROW WHEN (${watched.map((k) => `OLD."${k}" IS DISTINCT FROM NEW."${k}"`).join(' OR ')})
      EXECUTE FUNCTION simpul_sync_inbox_entries()`);

    await q.query(`SELECT simpul_inbox_entries_backfill()`);

    // Newest first, nearest deadline first, by regency, and the escalated few: each an index-only
    // range scan per agency, the other filter columns carried along.
    const carried = (...skip: string[]) =>
      [
        'status',
        'category',
        'regency_code',
        'location_confidence',
        'sla_escalated',
        'due',
        'created_at',
      ]
        .filter((k) => !skip.includes(k))
        .map((k) => `"${k}"`)
        .join(', ');
    await q.query(`
      CREATE INDEX "ix_inbox_entry_newest" ON "case_inbox_entry" ("agency_id", "created_at", "case_id")
      INCLUDE (${carried('created_at')})`);
    await q.query(`
      CREATE INDEX "ix_inbox_entry_due" ON "case_inbox_entry" ("agency_id", "due", "case_id")
      INCLUDE (${carried('due')})`);
    await q.query(`
      CREATE INDEX "ix_inbox_entry_regency" ON "case_inbox_entry" ("agency_id", "regency_code", "created_at", "case_id")
      INCLUDE (${carried('regency_code', 'created_at')})`);
    await q.query(`
      CREATE INDEX "ix_inbox_entry_escalated" ON "case_inbox_entry" ("agency_id", "due", "case_id")
      INCLUDE (${carried('due')}) WHERE "sla_escalated"`);
    await q.query(`CREATE INDEX "ix_inbox_entry_case" ON "case_inbox_entry" ("case_id")`);

    await q.query(`
      CREATE VIEW "case_inbox_entries" AS
      SELECT e.* FROM "case_inbox_entry" e
      WHERE current_setting('simpul.system', true) = 'on'
         OR e.agency_id = ANY ((SELECT simpul_readable_agencies())::uuid[])`);
    await q.query(`GRANT SELECT ON "case_inbox_entries" TO ${APP_DB_ROLE}`);
    // The inbox searches the readable cases through case_inbox now (one readable-set evaluation,
    // both GIN indexes combined); the function called simpul_readable_agencies() per match.
    await q.query(`DROP FUNCTION simpul_case_text_search(text)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION simpul_case_text_search(p_query text) RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT c.id FROM "case" c
        WHERE c.search_vector @@ simpul_search_query(p_query)
          AND (current_setting('simpul.system', true) = 'on'
               OR c.participant_agency_ids && simpul_readable_agencies())
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION simpul_case_text_search(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION simpul_case_text_search(text) TO ${APP_DB_ROLE}`);
    await q.query(`DROP VIEW "case_inbox_entries"`);
    await q.query(`DROP TRIGGER "tr_case_inbox_entries_update" ON "case"`);
    await q.query(`DROP TRIGGER "tr_case_inbox_entries_insert" ON "case"`);
    await q.query(`DROP FUNCTION simpul_sync_inbox_entries()`);
    await q.query(`DROP FUNCTION simpul_inbox_entries_backfill()`);
    await q.query(`DROP TABLE "case_inbox_entry"`);
  }
}
