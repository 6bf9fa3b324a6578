import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE, grantTableToApp } from '../app-role';

/**
 * Per-agency time in hand: `case_hand` holds the stints in which an agency held a case, that is, led
 * it while the next move was the agency's own (new, verified, routed, in progress, reopened). Waiting
 * for the reporter (needs information, followed up) and closed cases (resolved, archived) are in
 * nobody's hands. One trigger function keeps the stints in the same transaction as the status or
 * lead change, so this is the one place that rule lives; handoffs (roadmap) move the lead and with
 * it the stint, and the leaders' view sums them.
 *
 * Cases that already existed get one stint of their current lead from their creation when they are
 * in hand now: earlier holders and waits were not recorded before this migration.
 */
export class AddCaseTimeInHand1795930000000 implements MigrationInterface {
  name = 'AddCaseTimeInHand1795930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "case_hand" (
        "case_id" uuid NOT NULL REFERENCES "case"("id") ON DELETE CASCADE,
        "agency_id" uuid NOT NULL REFERENCES "agency"("id") ON DELETE RESTRICT,
        "started_at" timestamptz NOT NULL,
        "ended_at" timestamptz NULL,
        CONSTRAINT "ck_case_hand_order" CHECK ("ended_at" IS NULL OR "ended_at" >= "started_at")
      )`);
    await q.query(`CREATE INDEX "ix_case_hand_case" ON "case_hand" ("case_id", "started_at")`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_case_hand_open" ON "case_hand" ("case_id") WHERE "ended_at" IS NULL`,
    );
    await q.query(`CREATE INDEX "ix_case_hand_agency" ON "case_hand" ("agency_id", "started_at")`);
    await q.query(`ALTER TABLE "case_hand" ENABLE ROW LEVEL SECURITY`);
    // Read under the case's policy; only the trigger (as the owner) writes.
    await q.query(`CREATE POLICY "case_hand_read" ON "case_hand" FOR SELECT TO ${APP_DB_ROLE}
      USING (simpul_case_visible("case_id"))`);
    await q.query(grantTableToApp('case_hand', 'SELECT'));

    await q.query(`
      CREATE FUNCTION simpul_sync_case_hand(p_case uuid) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE
        v_holder uuid;
        v_open uuid;
        v_since timestamptz;
        v_start timestamptz := now();
      BEGIN
        SELECT p.agency_id INTO v_holder
          FROM "case" c JOIN case_participant p ON p.case_id = c.id AND p.role = 'lead'
         WHERE c.id = p_case AND c.status IN ('new', 'verified', 'routed', 'in_progress', 'reopened');
        SELECT agency_id, started_at INTO v_open, v_since
          FROM case_hand WHERE case_id = p_case AND ended_at IS NULL;
        IF v_open IS NOT DISTINCT FROM v_holder THEN
          RETURN;
        END IF;
        IF v_open IS NOT NULL THEN
          IF v_since >= now() THEN
            -- Opened earlier in this same transaction: it never really started.
            DELETE FROM case_hand WHERE case_id = p_case AND ended_at IS NULL;
          ELSE
            UPDATE case_hand SET ended_at = now() WHERE case_id = p_case AND ended_at IS NULL;
          END IF;
        END IF;
        IF v_holder IS NOT NULL THEN
          -- The first stint starts with the case (an imported report may be older than its row).
          IF NOT EXISTS (SELECT 1 FROM case_hand WHERE case_id = p_case) THEN
            SELECT least(created_at, now()) INTO v_start FROM "case" WHERE id = p_case;
          END IF;
          INSERT INTO case_hand (case_id, agency_id, started_at) VALUES (p_case, v_holder, v_start);
        END IF;
      END
      $$`);
    await q.query(`
      CREATE FUNCTION simpul_case_hand_on_case() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        PERFORM simpul_sync_case_hand(NEW.id);
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "tr_case_hand_status" AFTER UPDATE OF "status" ON "case"
      FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
      EXECUTE FUNCTION simpul_case_hand_on_case()`);
    await q.query(`
      CREATE FUNCTION simpul_case_hand_on_participant() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        IF TG_OP <> 'INSERT' AND OLD.role = 'lead' THEN
          PERFORM simpul_sync_case_hand(OLD.case_id);
        END IF;
        IF TG_OP <> 'DELETE' AND NEW.role = 'lead' THEN
          PERFORM simpul_sync_case_hand(NEW.case_id);
        END IF;
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "tr_case_hand_lead" AFTER INSERT OR UPDATE OF "role", "agency_id", "case_id" OR DELETE
      ON "case_participant" FOR EACH ROW EXECUTE FUNCTION simpul_case_hand_on_participant()`);

    await q.query(`
      INSERT INTO case_hand (case_id, agency_id, started_at)
      SELECT c.id, p.agency_id, c.created_at
        FROM "case" c JOIN case_participant p ON p.case_id = c.id AND p.role = 'lead'
       WHERE c.status IN ('new', 'verified', 'routed', 'in_progress', 'reopened')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "tr_case_hand_lead" ON "case_participant"`);
    await q.query(`DROP TRIGGER "tr_case_hand_status" ON "case"`);
    await q.query(`DROP FUNCTION simpul_case_hand_on_participant()`);
    await q.query(`DROP FUNCTION simpul_case_hand_on_case()`);
    await q.query(`DROP FUNCTION simpul_sync_case_hand(uuid)`);
    await q.query(`DROP TABLE "case_hand"`);
  }
}
