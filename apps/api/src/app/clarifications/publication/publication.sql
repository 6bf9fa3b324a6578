/* @name publicationOfDraft */
SELECT id AS "id!", draft_id AS "draftId!", slug AS "slug!", content AS "content!", content_hash AS "contentHash!",
       status AS "status!", published_at AS "publishedAt!", updated_at AS "updatedAt!", notes AS "notes!"
FROM clarification_publication WHERE draft_id = :draftId!;

/* @name publicationBySlug */
SELECT id AS "id!", draft_id AS "draftId!", slug AS "slug!", content AS "content!", content_hash AS "contentHash!",
       status AS "status!", published_at AS "publishedAt!", updated_at AS "updatedAt!", notes AS "notes!"
FROM clarification_publication WHERE slug = :slug!;

/* @name publicIndex */
SELECT slug AS "slug!", content->>'label' AS "label!", content->>'title' AS "title!", status AS "status!",
       published_at AS "publishedAt!"
FROM clarification_publication
ORDER BY published_at DESC
LIMIT 200;

/* @name slugTaken */
SELECT 1 AS "taken!" FROM clarification_publication WHERE slug = :slug!;

/* @name insertPublication */
INSERT INTO clarification_publication (draft_id, slug, content, content_hash, published_by)
VALUES (:draftId!, :slug!, :content!, :contentHash!, :publishedBy!)
ON CONFLICT (draft_id) DO NOTHING
RETURNING id AS "id!";

/* @name updatePublicationContent */
UPDATE clarification_publication
SET content = :content!, content_hash = :contentHash!, status = :status!, notes = :notes!, updated_at = now()
WHERE draft_id = :draftId!
RETURNING id AS "id!";

/* @name setDraftStatus */
UPDATE clarification_draft SET status = :status! WHERE id = :draftId!;

/* @name insertDelivery */
INSERT INTO clarification_delivery (draft_id, output, channel, note, posted_url, posted_by)
VALUES (:draftId!, :output!, :channel!, :note, :postedUrl, :postedBy!)
RETURNING id AS "id!";

/* @name deliveries */
SELECT d.id AS "id!", d.output AS "output!", d.channel AS "channel!", d.note AS "note?", d.posted_url AS "postedUrl?",
       d.posted_at AS "postedAt!", u.name AS "postedByName?"
FROM clarification_delivery d LEFT JOIN app_user u ON u.id = d.posted_by
WHERE d.draft_id = :draftId!
ORDER BY d.posted_at DESC, d.id;
