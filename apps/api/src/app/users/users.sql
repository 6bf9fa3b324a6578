/* The people admin's write statements (users.service.ts). Types: npm run sql:types. */

/* @name ExistingAccount */
SELECT u.id, u.email,
       EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id AND m.agency_id = :agencyId!) AS "member!",
       EXISTS (SELECT 1 FROM membership_invitation i WHERE i.user_id = u.id AND i.agency_id = :agencyId!
               AND i.status = 'pending' AND i.expires_at > now()) AS "invited!"
FROM app_user u WHERE lower(u.email) = lower(:email!);

/* @name InsertUser */
INSERT INTO app_user (email, name, password_hash, must_change_password)
VALUES (:email!, :name!, :passwordHash, :mustChangePassword!) RETURNING id;

/* @name InsertMembership */
INSERT INTO membership (user_id, agency_id, role) VALUES (:userId!, :agencyId!, :role!);

/* @name InsertInvitation */
INSERT INTO membership_invitation (user_id, agency_id, role, invited_by, expires_at)
VALUES (:userId!, :agencyId!, :role!, :invitedBy!, now() + make_interval(days => :days!))
RETURNING id, created_at, expires_at;

/* @name ActiveAgency */
SELECT id, name, short_name FROM agency WHERE id = :agencyId! AND active;

/* @name LockMembershipRole */
SELECT role FROM membership WHERE user_id = :userId! AND agency_id = :agencyId! FOR UPDATE;

/* @name ChangeMembershipRole */
UPDATE membership SET role = :role! WHERE user_id = :userId! AND agency_id = :agencyId!;

/* @name DeleteMembership */
DELETE FROM membership WHERE user_id = :userId! AND agency_id = :agencyId!;

/* @name SetUserActive */
UPDATE app_user SET active = :active!, updated_at = now() WHERE id = :userId!;

/* @name AgencyShortName */
SELECT short_name FROM agency WHERE id = :agencyId!;

/* @name LockAccountTarget */
SELECT u.email, u.is_superadmin,
       ARRAY(SELECT m.agency_id FROM membership m WHERE m.user_id = u.id) AS "member_of!",
       simpul_pending_invitation_agencies(u.id) AS "invited_to!"
FROM app_user u WHERE u.id = :userId! FOR UPDATE OF u;
