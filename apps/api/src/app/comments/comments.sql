/* The comments' statements (comment-writer.ts, comment-views.ts, comments.service.ts). Types: npm run sql:types.
   A comment's own version is bumped as `:version! + 1` under `version = :version!` (the row locked
   before): the case's version is bumped in case-kernel/case-repository.ts only. */

/* @name InsertComment */
WITH inserted AS (
  INSERT INTO case_comment (case_id, visibility, body, author_kind, author_user_id, author_agency_id,
    report_id, author_name, mentions, attachment_ids, seq)
  VALUES (:caseId!, :visibility!, :body!, :authorKind!, :authorUserId, :authorAgencyId, :reportId,
    :authorName, :mentions!, :attachmentIds!::uuid[], :seq!) RETURNING *
), revision AS (
  INSERT INTO case_comment_revision (comment_id, case_id, version, body, edited_at, editor_user_id)
  SELECT id, case_id, 1, body, created_at, author_user_id FROM inserted
)
SELECT cc.id AS "id!", cc.case_id AS "case_id!", cc.visibility AS "visibility!", cc.body,
    cc.author_kind AS "author_kind!", cc.author_user_id, cc.author_agency_id, cc.report_id, cc.author_name,
    u.name AS "user_name?", a.short_name AS "agency_name?", r.anonymous AS "report_anonymous?",
    cc.mentions AS "mentions!", cc.attachment_ids AS "attachment_ids!", cc.created_at AS "created_at!",
    cc.edited_at, cc.deleted_at, cc.version AS "version!", cc.seq AS "seq!"
  FROM inserted cc
  LEFT JOIN app_user u ON u.id = cc.author_user_id
  LEFT JOIN agency a ON a.id = cc.author_agency_id
  LEFT JOIN case_report r ON r.id = cc.report_id;

/* @name LoadComments */
SELECT cc.id, cc.case_id, cc.visibility, cc.body,
    cc.author_kind, cc.author_user_id, cc.author_agency_id, cc.report_id, cc.author_name,
    u.name AS "user_name?", a.short_name AS "agency_name?", r.anonymous AS "report_anonymous?", cc.mentions,
    cc.attachment_ids, cc.created_at, cc.edited_at, cc.deleted_at, cc.version, cc.seq
  FROM case_comment cc
  LEFT JOIN app_user u ON u.id = cc.author_user_id
  LEFT JOIN agency a ON a.id = cc.author_agency_id
  LEFT JOIN case_report r ON r.id = cc.report_id
WHERE cc.case_id = :caseId! AND (:commentId::uuid IS NULL OR cc.id = :commentId)
ORDER BY cc.created_at, cc.id LIMIT :limit!;

/* @name LockComment */
SELECT id FROM case_comment WHERE id = :commentId! AND case_id = :caseId! FOR UPDATE;

/* @name CommentRevisions */
SELECT r.version, r.body, r.edited_at, u.name AS "editor_name?"
FROM case_comment_revision r LEFT JOIN app_user u ON u.id = r.editor_user_id
WHERE r.comment_id = :commentId! ORDER BY r.version;

/* @name CaseAttachmentIds */
SELECT id FROM case_attachment WHERE case_id = :caseId! AND id = ANY(:ids!::uuid[]) AND deleted_at IS NULL;

/* @name EditComment */
UPDATE case_comment SET body = :body!, mentions = :mentions!, edited_at = clock_timestamp(), version = :version! + 1
WHERE id = :commentId! AND case_id = :caseId! AND version = :version! AND deleted_at IS NULL RETURNING id;

/* @name RecordCommentRevision */
INSERT INTO case_comment_revision (comment_id, case_id, version, body, edited_at, editor_user_id)
SELECT id, case_id, version, body, edited_at, :editorUserId! FROM case_comment WHERE id = :commentId!;

/* @name DeleteComment */
UPDATE case_comment SET body = NULL, deleted_at = clock_timestamp(), deleted_by = :deletedBy!, version = :version! + 1
WHERE id = :commentId! AND case_id = :caseId! AND version = :version! RETURNING id;

/* @name CaseNumber */
SELECT number FROM "case" WHERE id = :caseId!;

/* @name MentionedPeople */
SELECT DISTINCT u.id, lower(u.name) AS "key!"
FROM app_user u JOIN membership m ON m.user_id = u.id
WHERE u.active AND lower(u.name) = ANY(:keys!::text[])
  AND cardinality(simpul_case_relations(:caseId!, m.agency_id, m.role)) > 0;

/* @name MentionedAgencies */
SELECT a.id, a.short_name, lower(a.name) AS "name_key!", lower(a.short_name) AS "short_key!",
       EXISTS (SELECT 1 FROM case_participant p WHERE p.case_id = :caseId! AND p.agency_id = a.id) AS "on_case!"
FROM agency a
WHERE a.active AND (lower(a.name) = ANY(:keys!::text[]) OR lower(a.short_name) = ANY(:keys!::text[]));
