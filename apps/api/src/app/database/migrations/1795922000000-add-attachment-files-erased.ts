import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the files of a deleted attachment were erased from storage. The row stays (comments and the
 * timeline keep referring to it); its bytes go `ATTACHMENT_DELETED_RETENTION_DAYS` after the delete.
 */
export class AddAttachmentFilesErased1795922000000 implements MigrationInterface {
  name = 'AddAttachmentFilesErased1795922000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "case_attachment" ADD COLUMN "files_erased_at" timestamptz NULL`);
    await q.query(
      `CREATE INDEX "ix_case_attachment_files_to_erase" ON "case_attachment" ("deleted_at")
       WHERE "deleted_at" IS NOT NULL AND "files_erased_at" IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_case_attachment_files_to_erase"`);
    await q.query(`ALTER TABLE "case_attachment" DROP COLUMN "files_erased_at"`);
  }
}
