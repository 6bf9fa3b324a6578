import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '../app-role';

/**
 * The transactional outbox of live collaboration. Whatever must reach open sockets is written in
 * the same transaction as the change: every case event by a trigger on `case_event`, other
 * messages (notifications) by the application. A relay in one API process claims rows after
 * commit, emits them through socket.io and deletes them; NOTIFY only wakes it early.
 *
 * The application role may add rows but not read them: the outbox holds events of every case,
 * beyond what row-level security lets an actor see. The relay claims rows only through
 * `simpul_outbox_claim`, which deletes what it returns (inside the relay's open transaction, so a
 * relay that dies before committing leaves the rows for the next one).
 */
export class AddRealtimeOutbox1795866000000 implements MigrationInterface {
  name = 'AddRealtimeOutbox1795866000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "outbox" (
        "id" bigserial PRIMARY KEY,
        "channel" varchar(16) NOT NULL,
        "target" uuid NOT NULL,
        "event" varchar(64) NOT NULL,
        "payload" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT "ck_outbox_channel" CHECK ("channel" IN ('case', 'user', 'agency'))
      )`);
    await q.query(`GRANT INSERT ON TABLE "outbox" TO ${APP_DB_ROLE}`);
    await q.query(`GRANT USAGE ON SEQUENCE "outbox_id_seq" TO ${APP_DB_ROLE}`);

    // One wake-up per inserting statement; NOTIFY is delivered at commit and only as a hint.
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

    // Every case event, in the shape GET /api/cases/:id/events returns (CaseEventMessage).
    await q.query(`
      CREATE FUNCTION simpul_case_event_to_outbox() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        INSERT INTO outbox (channel, target, event, payload)
        VALUES ('case', NEW.case_id, 'case:event', jsonb_build_object(
          'caseId', NEW.case_id,
          'event', jsonb_build_object(
            'seq', NEW.seq,
            'at', to_char(date_trunc('milliseconds', NEW.at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            'type', NEW.type,
            'actorUserId', NEW.actor_user_id,
            'actorName', (SELECT u.name FROM app_user u WHERE u.id = NEW.actor_user_id),
            'actorAgencyId', NEW.actor_agency_id,
            'before', NEW.before,
            'after', NEW.after)));
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "case_event_outbox" AFTER INSERT ON "case_event"
      FOR EACH ROW EXECUTE FUNCTION simpul_case_event_to_outbox()`);

    // Claims the oldest rows (deleting them in the caller's transaction) with, for case rows, the
    // agencies whose inbox shows the case: participants and their coordinators (every member),
    // and the participants' ancestors (only their pimpinan and admins read it).
    await q.query(`
      CREATE FUNCTION simpul_outbox_claim(p_limit integer)
      RETURNS TABLE (id bigint, channel varchar, target uuid, event varchar, payload jsonb,
                     agencies uuid[], oversight uuid[])
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
        WITH claimed AS (
          DELETE FROM outbox o
           WHERE o.id IN (SELECT i.id FROM outbox i ORDER BY i.id LIMIT p_limit FOR UPDATE SKIP LOCKED)
          RETURNING o.id, o.channel, o.target, o.event, o.payload
        )
        SELECT c.id, c.channel, c.target, c.event, c.payload,
               CASE WHEN c.channel = 'case' THEN ARRAY(
                 SELECT p.agency_id FROM case_participant p WHERE p.case_id = c.target
                 UNION
                 SELECT ac.coordinator_id FROM case_participant p
                   JOIN agency_coordination ac ON ac.coordinated_id = p.agency_id
                  WHERE p.case_id = c.target) END,
               CASE WHEN c.channel = 'case' THEN ARRAY(
                 WITH RECURSIVE ancestors AS (
                   SELECT a.parent_id AS aid FROM case_participant p JOIN agency a ON a.id = p.agency_id
                    WHERE p.case_id = c.target AND a.parent_id IS NOT NULL
                   UNION
                   SELECT a.parent_id FROM agency a JOIN ancestors an ON a.id = an.aid WHERE a.parent_id IS NOT NULL
                 )
                 SELECT aid FROM ancestors) END
          FROM claimed c
         ORDER BY c.id
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION simpul_outbox_claim(integer) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION simpul_outbox_claim(integer) TO ${APP_DB_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "case_event_outbox" ON "case_event"`);
    await q.query(`DROP FUNCTION simpul_case_event_to_outbox()`);
    await q.query(`DROP FUNCTION simpul_outbox_claim(integer)`);
    await q.query(`DROP TABLE "outbox"`);
    await q.query(`DROP FUNCTION simpul_outbox_notify()`);
  }
}
