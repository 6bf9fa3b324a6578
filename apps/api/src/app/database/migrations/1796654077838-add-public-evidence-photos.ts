import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '../app-role';

/**
 * Issue #15: linked cases' field evidence on clarification drafts and public outputs. A case
 * attachment may be marked public (`public_at`, `public_by`: an explicit act of those who may
 * change the case). Three functions read across row-level security, each only what it may:
 * - `simpul_clarification_linked_cases(draft)`: every linked case's id and number, for whoever
 *   reads the draft (a reader of the draft who may not read a case still sees its number);
 * - `simpul_clarification_public_photos(draft)`: the photos marked public of the linked cases that
 *   never held a rahasia report (`ever_confidential`), for whoever reads the draft; the content
 *   every output is rendered from takes them, the same for every reader;
 * - `simpul_published_evidence_photo(attachment, url)`: the stored file of a photo that a
 *   publication carries under that URL and that is still public, not deleted and of a case that
 *   is still not rahasia (the public page serves it without sign-in).
 */
export class AddPublicEvidencePhotos1796654077838 implements MigrationInterface {
  name = 'AddPublicEvidencePhotos1796654077838';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "case_attachment"
        ADD COLUMN "public_at" timestamptz NULL,
        ADD COLUMN "public_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL`);
    await q.query(`
      CREATE FUNCTION simpul_clarification_linked_cases(p_draft uuid)
      RETURNS TABLE (case_id uuid, case_number text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT c.id, c.number::text FROM clarification_case l JOIN "case" c ON c.id = l.case_id
        WHERE l.draft_id = p_draft
          AND (current_setting('simpul.system', true) = 'on' OR simpul_clarification_visible(p_draft))
        ORDER BY l.linked_at, c.number
      $$`);
    await q.query(`
      CREATE FUNCTION simpul_clarification_public_photos(p_draft uuid)
      RETURNS TABLE (attachment_id uuid, case_id uuid, case_number text, caption text, storage_key text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT a.id, c.id, c.number::text, a.caption::text, a.storage_key::text
        FROM clarification_case l
          JOIN "case" c ON c.id = l.case_id
          JOIN case_attachment a ON a.case_id = c.id
        WHERE l.draft_id = p_draft
          AND (current_setting('simpul.system', true) = 'on' OR simpul_clarification_visible(p_draft))
          AND NOT c.ever_confidential
          AND a.kind = 'image' AND a.public_at IS NOT NULL
          AND a.deleted_at IS NULL AND a.files_erased_at IS NULL
        ORDER BY l.linked_at, c.number, a.created_at, a.id
      $$`);
    await q.query(`
      CREATE FUNCTION simpul_published_evidence_photo(p_attachment uuid, p_url text)
      RETURNS TABLE (storage_key text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT a.storage_key::text FROM case_attachment a JOIN "case" c ON c.id = a.case_id
        WHERE a.id = p_attachment
          AND NOT c.ever_confidential
          AND a.kind = 'image' AND a.public_at IS NOT NULL
          AND a.deleted_at IS NULL AND a.files_erased_at IS NULL
          AND EXISTS (SELECT 1 FROM clarification_publication p
                      WHERE p.content -> 'evidence' @> jsonb_build_array(jsonb_build_object('url', p_url)))
      $$`);
    for (const signature of [
      'simpul_clarification_linked_cases(uuid)',
      'simpul_clarification_public_photos(uuid)',
      'simpul_published_evidence_photo(uuid, text)',
    ]) {
      await q.query(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${signature} TO ${APP_DB_ROLE}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION simpul_published_evidence_photo(uuid, text)`);
    await q.query(`DROP FUNCTION simpul_clarification_public_photos(uuid)`);
    await q.query(`DROP FUNCTION simpul_clarification_linked_cases(uuid)`);
    await q.query(`ALTER TABLE "case_attachment" DROP COLUMN "public_by", DROP COLUMN "public_at"`);
  }
}
