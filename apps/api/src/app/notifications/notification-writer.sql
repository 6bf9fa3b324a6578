/* The notification writer's statements (notification-writer.ts). Types: npm run sql:types.
   People who receive notifications (ReceivingRecipients and ReceivingMembers alike): active
   accounts that sign in (service accounts of Open311 keys take complaints in but read nothing). */

/* @name ReceivingRecipients */
SELECT u.id FROM app_user u WHERE u.id = ANY(:candidates!::uuid[])
  AND u.active AND NOT EXISTS (SELECT 1 FROM open311_key k WHERE k.service_user_id = u.id)
ORDER BY u.id;

/* @name ReceivingMembers */
SELECT DISTINCT u.id FROM membership m JOIN app_user u ON u.id = m.user_id
WHERE m.agency_id = ANY(:agencyIds!::uuid[]) AND (:roles::text[] IS NULL OR m.role = ANY(:roles::text[]))
  AND u.active AND NOT EXISTS (SELECT 1 FROM open311_key k WHERE k.service_user_id = u.id);

/* @name CaseNumber */
SELECT number FROM "case" WHERE id = :caseId!;

/* @name InsertNotifications */
INSERT INTO notification (id, user_id, kind, case_id, title, body, actor_user_id, created_at)
SELECT n.id, n.user_id, :kind!, :caseId, :title!, :body, :actorUserId, :createdAt!
FROM unnest(:ids!::uuid[], :userIds!::uuid[]) AS n(id, user_id);

/* A grouped notification: adds it, or updates the recipient's unread one of the same key
   (migration AddNotificationGroups; notification-groups.ts decides the keys). */
/* @name NotifyGrouped */
SELECT g.id AS "id!", g.user_id AS "user_id!", g.case_id, g.title AS "title!",
       g.group_count AS "group_count!"
FROM simpul_notify_grouped(:userIds!::uuid[], :kind!, :caseId, :title!, :groupTitle!, :body,
  :actorUserId, :createdAt!, :groupKey!) AS g;

/* @name NewCaseFacts */
SELECT c.number, c.title, p.agency_id, a.short_name AS agency
FROM "case" c JOIN case_participant p ON p.case_id = c.id AND p.role = 'lead'
JOIN agency a ON a.id = p.agency_id WHERE c.id = :caseId!;

/* @name EscalationFacts */
SELECT c.number, c.title, p.agency_id
FROM "case" c JOIN case_participant p ON p.case_id = c.id AND p.role = 'lead' WHERE c.id = :caseId!;

/* The address a notification e-mail goes to (notification-mail.ts), read when it is sent: an
   account that was deactivated since gets none. */
/* @name MailRecipient */
SELECT u.email, u.name FROM app_user u WHERE u.id = :userId!::uuid AND u.active;
