import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE, grantTableToApp } from '../app-role';
import { notificationKinds, setNotificationKinds } from '../notification-kinds';

const SUPERADMIN = `current_setting('simpul.superadmin', true) = 'on'`;
const SYSTEM = `current_setting('simpul.system', true) = 'on'`;
const ADDED_KINDS = [
  'clarification_approval_needed',
  'clarification_rejected',
  'clarification_reminder',
];

/**
 * Configuring an agency's clarification approval chain (#15 item 3): `clarification_chain` holds
 * the version of an agency's whole list of steps (`clarification_chain_step`), so a PUT names the
 * version it replaces and a concurrent overwrite is refused. The superadmin configures any
 * agency's chain, an agency's admin and pimpinan their own (the access policy; row-level security
 * says the same). The approval notices and the reminder near the end of the 24-hour clock are new
 * notification kinds; `approval_noticed_at` says the next step was told of the chain's last
 * (re)start; the notice sweep and the reminder job (system transactions) find drafts across
 * agencies.
 */
export class AddClarificationChainConfig1796653633170 implements MigrationInterface {
  name = 'AddClarificationChainConfig1796653633170';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "clarification_chain" (
        "agency_id" uuid PRIMARY KEY REFERENCES "agency"("id") ON DELETE CASCADE,
        "version" integer NOT NULL DEFAULT 1,
        "updated_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE "clarification_chain" ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY "clarification_chain_read" ON "clarification_chain" FOR SELECT TO ${APP_DB_ROLE}
        USING (simpul_actor_agency() IS NOT NULL OR ${SUPERADMIN} OR ${SYSTEM})`);
    await q.query(`
      CREATE POLICY "clarification_chain_write" ON "clarification_chain" FOR ALL TO ${APP_DB_ROLE}
        USING ("agency_id" = simpul_actor_agency() OR ${SUPERADMIN})
        WITH CHECK ("agency_id" = simpul_actor_agency() OR ${SUPERADMIN})`);
    await q.query(grantTableToApp('clarification_chain', 'SELECT, INSERT, UPDATE'));

    await q.query(`DROP POLICY "clarification_chain_step_read" ON "clarification_chain_step"`);
    await q.query(`DROP POLICY "clarification_chain_step_write" ON "clarification_chain_step"`);
    await q.query(`
      CREATE POLICY "clarification_chain_step_read" ON "clarification_chain_step" FOR SELECT TO ${APP_DB_ROLE}
        USING (simpul_actor_agency() IS NOT NULL OR ${SUPERADMIN} OR ${SYSTEM})`);
    await q.query(`
      CREATE POLICY "clarification_chain_step_write" ON "clarification_chain_step" FOR ALL TO ${APP_DB_ROLE}
        USING ("agency_id" = simpul_actor_agency() OR ${SUPERADMIN})
        WITH CHECK ("agency_id" = simpul_actor_agency() OR ${SUPERADMIN})`);

    // When the next step's people were last told that the chain (re)started: the notice sweep tells
    // them once per start (chain_started_at). Existing drafts count as told.
    await q.query(
      `ALTER TABLE "clarification_draft" ADD COLUMN "approval_noticed_at" timestamptz NULL`,
    );
    await q.query(`UPDATE "clarification_draft" SET "approval_noticed_at" = now()`);

    // The notice sweep and the reminder job claim drafts of every agency in a system transaction.
    await q.query(`
      CREATE POLICY "clarification_draft_system" ON "clarification_draft" FOR ALL TO ${APP_DB_ROLE}
        USING (${SYSTEM}) WITH CHECK (${SYSTEM})`);

    const kinds = await notificationKinds(q);
    await setNotificationKinds(q, [...kinds, ...ADDED_KINDS.filter((k) => !kinds.includes(k))]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "notification" WHERE "kind" = ANY($1)`, [ADDED_KINDS]);
    const kinds = await notificationKinds(q);
    await setNotificationKinds(
      q,
      kinds.filter((k) => !ADDED_KINDS.includes(k)),
    );
    await q.query(`DROP POLICY "clarification_draft_system" ON "clarification_draft"`);
    await q.query(`ALTER TABLE "clarification_draft" DROP COLUMN "approval_noticed_at"`);
    await q.query(`DROP POLICY "clarification_chain_step_read" ON "clarification_chain_step"`);
    await q.query(`DROP POLICY "clarification_chain_step_write" ON "clarification_chain_step"`);
    await q.query(`
      CREATE POLICY "clarification_chain_step_read" ON "clarification_chain_step" FOR SELECT TO ${APP_DB_ROLE}
        USING (simpul_actor_agency() IS NOT NULL)`);
    await q.query(`
      CREATE POLICY "clarification_chain_step_write" ON "clarification_chain_step" FOR ALL TO ${APP_DB_ROLE}
        USING ("agency_id" = simpul_actor_agency()) WITH CHECK ("agency_id" = simpul_actor_agency())`);
    await q.query(`DROP TABLE "clarification_chain"`);
  }
}
