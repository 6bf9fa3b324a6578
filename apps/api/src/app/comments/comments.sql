/* The comments' write statements (comments.service.ts). Types: npm run sql:types. */

/* @name CaseAttachmentIds */
SELECT id FROM case_attachment WHERE case_id = :caseId! AND id = ANY(:ids!::uuid[]) AND deleted_at IS NULL;

/* @name EditComment */
UPDATE case_comment SET body = :body!, mentions = :mentions!, edited_at = clock_timestamp(), version = version + 1
WHERE id = :commentId! AND case_id = :caseId! AND version = :version! AND deleted_at IS NULL RETURNING id;

/* @name RecordCommentRevision */
INSERT INTO case_comment_revision (comment_id, case_id, version, body, edited_at, editor_user_id)
SELECT id, case_id, version, body, edited_at, :editorUserId! FROM case_comment WHERE id = :commentId!;

/* @name DeleteComment */
UPDATE case_comment SET body = NULL, deleted_at = clock_timestamp(), deleted_by = :deletedBy!, version = version + 1
WHERE id = :commentId! AND case_id = :caseId!;

/* @name CaseNumber */
SELECT number FROM "case" WHERE id = :caseId!;
