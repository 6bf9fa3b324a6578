import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case version each event was written at (issue #14, no silent lost update). A change to the
 * case's facts bumps the version before it appends its event, so an event with `case_version`
 * above a form's `baseVersion` happened after the form was opened; "which fields changed since
 * version N" is then a question to the event log, and a comment (which also raises the version)
 * names no field. Events written before this column existed keep NULL: they are older than any
 * form open now. A case's events are read through uq_case_event_seq (case_id first): no index.
 */
export class AddCaseEventCaseVersion1796300000000 implements MigrationInterface {
  name = 'AddCaseEventCaseVersion1796300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "case_event" ADD COLUMN "case_version" integer NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "case_event" DROP COLUMN "case_version"`);
  }
}
