import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '../app-role';

/** The case columns an inbox entry copies (as AddInboxEntries1795902000000, plus the point). */
const COPIED = ['created_at', 'status', 'category', 'regency_code', 'location_confidence'];

/** The entry's columns and the case row's values for them (`due`: no running clock sorts last). */
function entrySql(point: boolean) {
  const copied = point ? [...COPIED, 'lat', 'lng'] : COPIED;
  return {
    columns: `case_id, ${copied.join(', ')}, due, sla_escalated`,
    values: (c: string) => `${c}.id, ${copied.map((k) => `${c}.${k}`).join(', ')},
      coalesce(${c}.next_deadline, 'infinity'::timestamptz), ${c}.sla_escalated`,
    updated: [...copied, 'due', 'sla_escalated'],
    watched: ['participant_agency_ids', ...copied, 'next_deadline', 'sla_escalated'],
  };
}

/** The four inbox indexes, their INCLUDE lists carrying the point or not. */
function indexes(point: boolean): string[] {
  const carried = (...skip: string[]) =>
    [
      'status',
      'category',
      'regency_code',
      'location_confidence',
      'sla_escalated',
      'due',
      'created_at',
      ...(point ? ['lat', 'lng'] : []),
    ]
      .filter((k) => !skip.includes(k))
      .map((k) => `"${k}"`)
      .join(', ');
  return [
    `CREATE INDEX "ix_inbox_entry_newest" ON "case_inbox_entry" ("agency_id", "created_at", "case_id")
     INCLUDE (${carried('created_at')})`,
    `CREATE INDEX "ix_inbox_entry_due" ON "case_inbox_entry" ("agency_id", "due", "case_id")
     INCLUDE (${carried('due')})`,
    `CREATE INDEX "ix_inbox_entry_regency" ON "case_inbox_entry" ("agency_id", "regency_code", "created_at", "case_id")
     INCLUDE (${carried('regency_code', 'created_at')})`,
    `CREATE INDEX "ix_inbox_entry_escalated" ON "case_inbox_entry" ("agency_id", "due", "case_id")
     INCLUDE (${carried('due')}) WHERE "sla_escalated"`,
  ];
}

async function defineSync(q: QueryRunner, point: boolean): Promise<void> {
  const e = entrySql(point);
  await q.query(`
    CREATE OR REPLACE FUNCTION simpul_inbox_entries_backfill() RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
      INSERT INTO case_inbox_entry (agency_id, ${e.columns})
      SELECT a, ${e.values('c')} FROM "case" c, unnest(c.participant_agency_ids) a
      ON CONFLICT DO NOTHING
    $$`);
  await q.query(`REVOKE ALL ON FUNCTION simpul_inbox_entries_backfill() FROM PUBLIC`);
  await q.query(`
    CREATE OR REPLACE FUNCTION simpul_sync_inbox_entries() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
    BEGIN
      DELETE FROM case_inbox_entry
       WHERE case_id = NEW.id AND agency_id <> ALL (NEW.participant_agency_ids);
      INSERT INTO case_inbox_entry (agency_id, ${e.columns})
      SELECT a, ${e.values('NEW')} FROM unnest(NEW.participant_agency_ids) a
      ON CONFLICT (agency_id, case_id) DO UPDATE SET
        ${e.updated.map((k) => `${k} = EXCLUDED.${k}`).join(', ')};
      RETURN NULL;
    END
    $$`);
  await q.query(`DROP TRIGGER "tr_case_inbox_entries_update" ON "case"`);
  await q.query(`
    CREATE TRIGGER "tr_case_inbox_entries_update" AFTER UPDATE OF ${e.watched.map((k) => `"${k}"`).join(', ')} ON "case"
    FOR EACH ROW WHEN (${e.watched.map((k) => `OLD."${k}" IS DISTINCT FROM NEW."${k}"`).join(' OR ')})
    EXECUTE FUNCTION simpul_sync_inbox_entries()`);
}

/**
 * The inbox map at a million cases (issue #14 item 5): each per-agency inbox entry carries its
 * case's point (`lat`, `lng`), kept by the same trigger as the other copied columns (the location
 * writer sets the case's point with an UPDATE of "case", which now fires it), and every inbox
 * index carries the point too, so that `GET /api/cases/map` counts the matches per grid cell from
 * an index-only scan of the entries instead of reading each match's case row.
 */
export class AddInboxEntryPoint1796658146892 implements MigrationInterface {
  name = 'AddInboxEntryPoint1796658146892';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "case_inbox_entry" ADD COLUMN "lat" double precision NULL, ADD COLUMN "lng" double precision NULL`,
    );
    await q.query(`
      UPDATE "case_inbox_entry" e SET lat = c.lat, lng = c.lng
        FROM "case" c WHERE c.id = e.case_id AND (c.lat IS NOT NULL OR c.lng IS NOT NULL)`);
    await defineSync(q, true);
    for (const name of ['newest', 'due', 'regency', 'escalated'])
      await q.query(`DROP INDEX "ix_inbox_entry_${name}"`);
    for (const sql of indexes(true)) await q.query(sql);
    // `SELECT e.*` was expanded when the view was made: name the new columns too.
    await q.query(`
      CREATE OR REPLACE VIEW "case_inbox_entries" AS
      SELECT e.* FROM "case_inbox_entry" e
      WHERE (SELECT current_setting('simpul.system', true) = 'on')
         OR e.agency_id = ANY ((SELECT simpul_readable_agencies())::uuid[])`);
    await q.query(`GRANT SELECT ON "case_inbox_entries" TO ${APP_DB_ROLE}`);
    await q.query(`ANALYZE "case_inbox_entry"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await defineSync(q, false);
    // A view's columns cannot be dropped by CREATE OR REPLACE: make it again.
    await q.query(`DROP VIEW "case_inbox_entries"`);
    for (const name of ['newest', 'due', 'regency', 'escalated'])
      await q.query(`DROP INDEX "ix_inbox_entry_${name}"`);
    await q.query(`ALTER TABLE "case_inbox_entry" DROP COLUMN "lat", DROP COLUMN "lng"`);
    for (const sql of indexes(false)) await q.query(sql);
    await q.query(`
      CREATE VIEW "case_inbox_entries" AS
      SELECT e.* FROM "case_inbox_entry" e
      WHERE (SELECT current_setting('simpul.system', true) = 'on')
         OR e.agency_id = ANY ((SELECT simpul_readable_agencies())::uuid[])`);
    await q.query(`GRANT SELECT ON "case_inbox_entries" TO ${APP_DB_ROLE}`);
  }
}
