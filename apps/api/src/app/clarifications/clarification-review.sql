/* Comments anchored to a draft's text and its named versions (#15 item 2): clarification-review.service.ts. Types: npm run sql:types. */

/* @name InsertThread */
INSERT INTO clarification_comment (draft_id, section, anchor_start, anchor_end, quote, body, author_id, agency_id)
VALUES (:draftId!, :section!, :anchorStart!, :anchorEnd!, :quote!, :body!, :authorId!, :agencyId!)
RETURNING id AS "id!";

/* @name InsertReply */
INSERT INTO clarification_comment (draft_id, parent_id, body, author_id, agency_id)
SELECT :draftId!, p.id, :body!, :authorId!, :agencyId!
FROM clarification_comment p WHERE p.id = :parentId! AND p.draft_id = :draftId! AND p.parent_id IS NULL
RETURNING id AS "id!";

/* @name ResolveThread */
UPDATE clarification_comment SET resolved_at = coalesce(resolved_at, now()), resolved_by = coalesce(resolved_by, :userId!)
WHERE id = :threadId! AND draft_id = :draftId! AND parent_id IS NULL
RETURNING id AS "id!";

/* @name DraftComments */
SELECT c.id AS "id!", c.parent_id AS "parentId?", c.section AS "section?", c.anchor_start AS "anchorStart?",
       c.anchor_end AS "anchorEnd?", c.quote AS "quote?", c.body AS "body!", c.created_at AS "createdAt!",
       c.resolved_at AS "resolvedAt?", au.name AS "authorName?", ag.short_name AS "agencyShortName?",
       ru.name AS "resolvedByName?"
FROM clarification_comment c
LEFT JOIN app_user au ON au.id = c.author_id
LEFT JOIN agency ag ON ag.id = c.agency_id
LEFT JOIN app_user ru ON ru.id = c.resolved_by
WHERE c.draft_id = :draftId! AND (:threadId::uuid IS NULL OR c.id = :threadId OR c.parent_id = :threadId)
ORDER BY c.created_at, c.id;

/* @name InsertVersion */
INSERT INTO clarification_version (draft_id, name, texts, state, created_by)
VALUES (:draftId!, :name!, :texts!, :state!, :userId!)
RETURNING id AS "id!", created_at AS "createdAt!";

/* @name DraftVersions */
SELECT v.id AS "id!", v.name AS "name!", v.created_at AS "createdAt!", u.name AS "createdByName?"
FROM clarification_version v LEFT JOIN app_user u ON u.id = v.created_by
WHERE v.draft_id = :draftId!
ORDER BY v.created_at DESC, v.id;

/* @name VersionTexts */
SELECT v.id AS "id!", v.name AS "name!", v.created_at AS "createdAt!", v.texts AS "texts!"
FROM clarification_version v WHERE v.draft_id = :draftId! AND v.id = :versionId!;
