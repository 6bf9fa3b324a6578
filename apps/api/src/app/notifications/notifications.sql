/* The notification list's write statements (notifications.service.ts). Types: npm run sql:types. */

/* @name MarkRead */
UPDATE notification SET read_at = now()
WHERE user_id = :userId! AND read_at IS NULL AND (:all!::boolean OR id = ANY(:ids!::uuid[]))
RETURNING id;

/* @name UnreadCount */
SELECT count(*)::int AS "n!" FROM notification WHERE user_id = :userId! AND read_at IS NULL;
