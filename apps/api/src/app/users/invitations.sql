/* The invitations' write statements (invitations.service.ts). Types: npm run sql:types. */

/* @name AnswerInvitation */
UPDATE membership_invitation i SET status = :status!, answered_at = now()
FROM agency a
WHERE i.id = :invitationId! AND i.user_id = :userId! AND i.status = 'pending' AND i.expires_at > now()
  AND a.id = i.agency_id
RETURNING i.agency_id, a.short_name AS agency_short_name, i.role, i.invited_by;

/* @name AcceptMembership */
INSERT INTO membership (user_id, agency_id, role) VALUES (:userId!, :agencyId!, :role!)
ON CONFLICT (user_id, agency_id) DO NOTHING;

/* @name MyPendingInvitations */
SELECT i.id, i.agency_id, a.name AS agency_name, a.short_name AS agency_short_name, i.role,
       u.name AS "invited_by_name?", i.created_at, i.expires_at
FROM membership_invitation i
JOIN agency a ON a.id = i.agency_id
LEFT JOIN app_user u ON u.id = i.invited_by
WHERE i.user_id = :userId! AND i.status = 'pending' AND i.expires_at > now()
ORDER BY i.created_at DESC;
