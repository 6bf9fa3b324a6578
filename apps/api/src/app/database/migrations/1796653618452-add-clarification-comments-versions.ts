import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE, grantTableToApp } from '../app-role';

/**
 * Comments anchored to the text of a clarification draft and its named versions (#15 item 2).
 *
 * A comment thread starts on a selection in one section: its anchor is a pair of encoded Yjs
 * relative positions (`anchor_start`, `anchor_end`), so it follows the text through concurrent
 * edits, plus the text selected when it was written (`quote`). Replies point at the thread's first
 * comment and carry no anchor; resolving marks the first comment. A named version keeps the plain
 * text of every section (`texts`, what the diff reads) and the whole Yjs state (`state`) with who
 * saved it and when. Both follow the draft's row-level security (`simpul_clarification_visible`).
 */
export class AddClarificationCommentsVersions1796653618452 implements MigrationInterface {
  name = 'AddClarificationCommentsVersions1796653618452';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "clarification_comment" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "draft_id" uuid NOT NULL REFERENCES "clarification_draft"("id") ON DELETE CASCADE,
        "parent_id" uuid NULL REFERENCES "clarification_comment"("id") ON DELETE CASCADE,
        "section" varchar(16) NULL,
        "anchor_start" bytea NULL,
        "anchor_end" bytea NULL,
        "quote" varchar(2000) NULL,
        "body" varchar(4000) NOT NULL,
        "author_id" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "agency_id" uuid NULL REFERENCES "agency"("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "resolved_at" timestamptz NULL,
        "resolved_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        CONSTRAINT "ck_clarification_comment_anchor" CHECK (
          ("parent_id" IS NULL AND "section" IS NOT NULL AND "anchor_start" IS NOT NULL
             AND "anchor_end" IS NOT NULL AND "quote" IS NOT NULL)
          OR ("parent_id" IS NOT NULL AND "section" IS NULL AND "anchor_start" IS NULL
             AND "anchor_end" IS NULL AND "resolved_at" IS NULL))
      )`);
    await q.query(
      `CREATE INDEX "ix_clarification_comment_draft" ON "clarification_comment" ("draft_id", "created_at")`,
    );
    await q.query(
      `CREATE INDEX "ix_clarification_comment_parent" ON "clarification_comment" ("parent_id") WHERE "parent_id" IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE "clarification_version" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "draft_id" uuid NOT NULL REFERENCES "clarification_draft"("id") ON DELETE CASCADE,
        "name" varchar(120) NOT NULL,
        "texts" jsonb NOT NULL,
        "state" bytea NOT NULL,
        "created_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX "ix_clarification_version_draft" ON "clarification_version" ("draft_id", "created_at")`,
    );

    for (const [table, privileges] of [
      ['clarification_comment', 'SELECT, INSERT, UPDATE'],
      ['clarification_version', 'SELECT, INSERT'],
    ] as const) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`
        CREATE POLICY "${table}_access" ON "${table}" FOR ALL TO ${APP_DB_ROLE}
          USING (simpul_clarification_visible("draft_id")) WITH CHECK (simpul_clarification_visible("draft_id"))`);
      await q.query(grantTableToApp(table, privileges));
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "clarification_version"`);
    await q.query(`DROP TABLE "clarification_comment"`);
  }
}
