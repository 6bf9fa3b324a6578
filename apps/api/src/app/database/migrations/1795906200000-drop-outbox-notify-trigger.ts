import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox no longer sends NOTIFY from inside the writing transaction. PostgreSQL serialises the
 * commits of notifying transactions on one lock held until each commit's WAL flush, so at 100
 * comments/s every commit waited for the previous one's flush (no group commit) and a slow flush
 * stalled every writer at once. The API wakes the relay after the commit instead (`OutboxRelay`),
 * and the relay still polls.
 */
export class DropOutboxNotifyTrigger1795906200000 implements MigrationInterface {
  name = 'DropOutboxNotifyTrigger1795906200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "outbox_notify" ON "outbox"`);
    await q.query(`DROP FUNCTION simpul_outbox_notify()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION simpul_outbox_notify() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('simpul_outbox', '');
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "outbox_notify" AFTER INSERT ON "outbox"
      FOR EACH STATEMENT EXECUTE FUNCTION simpul_outbox_notify()`);
  }
}
