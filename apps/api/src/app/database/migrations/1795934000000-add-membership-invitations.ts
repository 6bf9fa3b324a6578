import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE, grantTableToApp } from '../app-role';

const KINDS_BEFORE = `'mention', 'agency_mention', 'new_case', 'sla_reminder', 'sla_escalation', 'handoff_request'`;
const KINDS_AFTER = `${KINDS_BEFORE}, 'membership_invitation', 'password_reset_issued'`;

/**
 * Membership invitations (issue #11): adding an account that already exists to an agency no
 * longer makes it a member; it gets a pending invitation that its owner accepts (or declines)
 * while signed in, and only then the membership exists. Notifications gain the kinds that tell
 * an account's owner they were invited somewhere or a reset link was issued for them.
 *
 * Row-level security: the invitee reads and answers their own invitations; the inviting agency's
 * admins (and the superadmin) create and read the agency's.
 */
export class AddMembershipInvitations1795934000000 implements MigrationInterface {
  name = 'AddMembershipInvitations1795934000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "membership_invitation" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE CASCADE,
        "agency_id" uuid NOT NULL REFERENCES "agency"("id") ON DELETE CASCADE,
        "role" varchar(16) NOT NULL,
        "invited_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "status" varchar(16) NOT NULL DEFAULT 'pending',
        "answered_at" timestamptz NULL,
        CONSTRAINT "ck_membership_invitation_role" CHECK ("role" IN ('admin', 'petugas', 'humas', 'pimpinan')),
        CONSTRAINT "ck_membership_invitation_status" CHECK ("status" IN ('pending', 'accepted', 'declined')),
        CONSTRAINT "ck_membership_invitation_answered" CHECK (("status" = 'pending') = ("answered_at" IS NULL))
      )`);
    // One open invitation per person and agency.
    await q.query(
      `CREATE UNIQUE INDEX "uq_membership_invitation_pending" ON "membership_invitation" ("user_id", "agency_id") WHERE "status" = 'pending'`,
    );
    await q.query(
      `CREATE INDEX "ix_membership_invitation_agency" ON "membership_invitation" ("agency_id", "created_at" DESC)`,
    );

    await q.query(`ALTER TABLE "membership_invitation" ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY "membership_invitation_read" ON "membership_invitation" FOR SELECT TO ${APP_DB_ROLE} USING (
        "user_id" = simpul_actor_user()
        OR current_setting('simpul.superadmin', true) = 'on'
        OR ("agency_id" = simpul_actor_agency() AND simpul_actor_role() = 'admin')
      )`);
    await q.query(`
      CREATE POLICY "membership_invitation_invite" ON "membership_invitation" FOR INSERT TO ${APP_DB_ROLE} WITH CHECK (
        "status" = 'pending' AND "user_id" <> simpul_actor_user() AND (
          current_setting('simpul.superadmin', true) = 'on'
          OR ("agency_id" = simpul_actor_agency() AND simpul_actor_role() = 'admin')
        )
      )`);
    // Only the invitee answers.
    await q.query(`
      CREATE POLICY "membership_invitation_answer" ON "membership_invitation" FOR UPDATE TO ${APP_DB_ROLE}
        USING ("user_id" = simpul_actor_user()) WITH CHECK ("user_id" = simpul_actor_user())`);
    await q.query(grantTableToApp('membership_invitation', 'SELECT, INSERT, UPDATE'));
    // Whether an admin may act on a whole account depends on where else it is invited, which
    // row-level security hides from them: this tells the agencies, nothing more.
    await q.query(`
      CREATE FUNCTION simpul_pending_invitation_agencies(p_user uuid) RETURNS uuid[]
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT COALESCE(array_agg(agency_id), '{}') FROM membership_invitation
        WHERE user_id = p_user AND status = 'pending' AND expires_at > now()
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION simpul_pending_invitation_agencies(uuid) FROM PUBLIC`);
    await q.query(
      `GRANT EXECUTE ON FUNCTION simpul_pending_invitation_agencies(uuid) TO ${APP_DB_ROLE}`,
    );

    await q.query(`ALTER TABLE "notification" DROP CONSTRAINT "ck_notification_kind"`);
    await q.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "ck_notification_kind" CHECK ("kind" IN (${KINDS_AFTER}))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DELETE FROM "notification" WHERE "kind" IN ('membership_invitation', 'password_reset_issued')`,
    );
    await q.query(`ALTER TABLE "notification" DROP CONSTRAINT "ck_notification_kind"`);
    await q.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "ck_notification_kind" CHECK ("kind" IN (${KINDS_BEFORE}))`,
    );
    await q.query(`DROP FUNCTION simpul_pending_invitation_agencies(uuid)`);
    await q.query(`DROP TABLE "membership_invitation"`);
  }
}
