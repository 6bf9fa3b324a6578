/* Clarification drafts (issue #15): clarifications.service.ts, clarification-doc.ts, approval.service.ts. Types: npm run sql:types. */

/* @name InsertDraft */
INSERT INTO clarification_draft (agency_id, label, platform, source_urls, archive_urls, search_text, created_by)
VALUES (:agencyId!, :label!, :platform!, :sourceUrls!, :archiveUrls!, :searchText!, :createdBy!)
RETURNING id AS "id!", logged_at AS "loggedAt!";

/* @name InsertDraftAgency */
INSERT INTO clarification_agency (draft_id, agency_id, status, invited_by)
VALUES (:draftId!, :agencyId!, :status!, :invitedBy!)
ON CONFLICT (draft_id, agency_id) DO UPDATE SET status = EXCLUDED.status, invited_by = EXCLUDED.invited_by,
  invited_at = now(), decided_by = NULL, decided_at = NULL
  WHERE clarification_agency.status = 'declined'
RETURNING status AS "status!";

/* @name DecideDraftAgency */
UPDATE clarification_agency SET status = :status!, decided_by = :userId!, decided_at = now()
WHERE draft_id = :draftId! AND agency_id = :agencyId! AND status = 'invited'
RETURNING status AS "status!";

/* @name LinkCase */
INSERT INTO clarification_case (draft_id, case_id, linked_by) VALUES (:draftId!, :caseId!, :userId!)
ON CONFLICT DO NOTHING;

/* @name DraftRow */
SELECT d.id AS "id!", d.agency_id AS "agencyId!", d.label AS "label!", d.status AS "status!",
       d.platform AS "platform!", d.source_urls AS "sourceUrls!", d.archive_urls AS "archiveUrls!",
       d.logged_at AS "loggedAt!", d.published_at AS "publishedAt?", d.chain_started_at AS "chainStartedAt!",
       d.version AS "version!", d.updated_at AS "updatedAt!",
       (SELECT a.status FROM clarification_agency a WHERE a.draft_id = d.id AND a.agency_id = :agencyId!) AS "membership?",
       EXISTS (SELECT 1 FROM clarification_case c WHERE c.draft_id = d.id AND simpul_case_visible(c.case_id)) AS "readsLinkedCase!"
FROM clarification_draft d WHERE d.id = :draftId!;

/* @name ListDrafts */
SELECT d.id AS "id!", d.agency_id AS "agencyId!", d.label AS "label!", d.status AS "status!",
       d.search_text AS "searchText!", d.logged_at AS "loggedAt!", d.published_at AS "publishedAt?",
       d.updated_at AS "updatedAt!", ag.short_name AS "agencyShortName!"
FROM clarification_draft d JOIN agency ag ON ag.id = d.agency_id
ORDER BY (d.status IN ('published', 'corrected', 'retracted')), d.logged_at DESC
LIMIT 200;

/* @name DraftAgencies */
SELECT a.agency_id AS "agencyId!", a.status AS "status!", ag.name AS "name!", ag.short_name AS "shortName!"
FROM clarification_agency a JOIN agency ag ON ag.id = a.agency_id
WHERE a.draft_id = :draftId!
ORDER BY (a.status = 'owner') DESC, a.invited_at, ag.short_name;

/* @name DraftCases */
SELECT c.case_id AS "caseId!", k.number AS "number?", k.title AS "title?", k.status AS "status?"
FROM clarification_case c LEFT JOIN "case" k ON k.id = c.case_id
WHERE c.draft_id = :draftId!
ORDER BY c.linked_at;

/* @name LockDraft */
SELECT id AS "id!", status AS "status!", chain_started_at AS "chainStartedAt!"
FROM clarification_draft WHERE id = :draftId! FOR UPDATE;

/* @name InsertUpdate */
INSERT INTO clarification_update (draft_id, update, user_id) VALUES (:draftId!, :update!, :userId!)
RETURNING id AS "id!";

/* @name UpdatesOf */
SELECT id AS "id!", update AS "update!" FROM clarification_update WHERE draft_id = :draftId! ORDER BY id;

/* @name DeleteUpdatesThrough */
DELETE FROM clarification_update WHERE draft_id = :draftId! AND id <= :throughId!;

/* @name InsertCompacted */
INSERT INTO clarification_update (draft_id, update, compacted) VALUES (:draftId!, :update!, true);

/* @name TouchDraftText */
UPDATE clarification_draft SET search_text = :searchText!, updated_at = now(), version = 1 + version
WHERE id = :draftId!;

/* @name RecordEditor */
INSERT INTO clarification_editor (draft_id, user_id) VALUES (:draftId!, :userId!)
ON CONFLICT (draft_id, user_id) DO UPDATE SET last_edit_at = now();

/* @name EditedSinceChainStart */
SELECT EXISTS (
  SELECT 1 FROM clarification_editor e JOIN clarification_draft d ON d.id = e.draft_id
  WHERE e.draft_id = :draftId! AND e.user_id = :userId! AND e.last_edit_at >= d.chain_started_at
) AS "edited!";

/* @name SimilarDrafts */
SELECT d.id AS "id!", d.label AS "label!", d.status AS "status!", d.search_text AS "searchText!",
       d.logged_at AS "loggedAt!", similarity(d.search_text, :text!) AS "score!"
FROM clarification_draft d
WHERE d.status <> 'retracted' AND similarity(d.search_text, :text!) > 0.15
ORDER BY similarity(d.search_text, :text!) DESC
LIMIT 10;

/* @name ChainSteps */
SELECT s.id AS "id!", s.agency_id AS "agencyId!", s.position AS "position!", s.name AS "name!",
       s.approver_agency_id AS "approverAgencyId?", s.role AS "role?", s.user_ids AS "userIds!",
       s.alternate_user_ids AS "alternateUserIds!"
FROM clarification_chain_step s WHERE s.agency_id = :agencyId! ORDER BY s.position;

/* @name DeleteChainSteps */
DELETE FROM clarification_chain_step WHERE agency_id = :agencyId!;

/* @name InsertChainStep */
INSERT INTO clarification_chain_step (agency_id, position, name, approver_agency_id, role, user_ids, alternate_user_ids, updated_by)
VALUES (:agencyId!, :position!, :name!, :approverAgencyId, :role, :userIds!, :alternateUserIds!, :updatedBy!);

/* @name EligibleByRole */
SELECT m.user_id AS "userId!", u.name AS "name!"
FROM membership m JOIN app_user u ON u.id = m.user_id
WHERE m.agency_id = :agencyId! AND m.role = :role! AND u.active
ORDER BY u.name;

/* @name ActiveUsers */
SELECT u.id AS "userId!", u.name AS "name!" FROM app_user u WHERE u.id = ANY(:userIds!) AND u.active ORDER BY u.name;

/* @name LiveApprovals */
SELECT a.step_key AS "stepKey!", a.user_id AS "userId?", a.decision AS "decision!", a.content_hash AS "contentHash!",
       a.note AS "note?", a.decided_at AS "decidedAt!", u.name AS "userName?"
FROM clarification_approval a LEFT JOIN app_user u ON u.id = a.user_id
WHERE a.draft_id = :draftId! AND a.voided_at IS NULL
ORDER BY a.decided_at;

/* @name InsertApproval */
INSERT INTO clarification_approval (draft_id, step_key, user_id, agency_id, decision, content_hash, note)
VALUES (:draftId!, :stepKey!, :userId!, :agencyId!, :decision!, :contentHash!, :note)
RETURNING id AS "id!";

/* @name VoidApprovals */
UPDATE clarification_approval SET voided_at = now() WHERE draft_id = :draftId! AND voided_at IS NULL
RETURNING id AS "id!";

/* @name RestartChain */
UPDATE clarification_draft SET chain_started_at = now(), status = :status!, reminded_at = NULL WHERE id = :draftId!;

/* @name SetDraftStatus */
UPDATE clarification_draft SET status = :status!, updated_at = now() WHERE id = :draftId!;

/* @name InsertDraftEvent */
INSERT INTO clarification_event (draft_id, type, actor_id, payload) VALUES (:draftId!, :type!, :actorId, :payload!);

/* @name DraftEvents */
SELECT e.id AS "id!", e.type AS "type!", e.actor_id AS "actorId?", u.name AS "actorName?", e.payload AS "payload!", e.created_at AS "createdAt!"
FROM clarification_event e LEFT JOIN app_user u ON u.id = e.actor_id
WHERE e.draft_id = :draftId! ORDER BY e.id;

/* @name UpdatesAfter */
SELECT id AS "id!", update AS "update!" FROM clarification_update WHERE draft_id = :draftId! AND id > :afterId! ORDER BY id;

/* @name CountUpdates */
SELECT count(*)::int AS "count!" FROM clarification_update WHERE draft_id = :draftId!;

/* @name InsertUpdateIfEditable */
WITH d AS (
  SELECT id, status FROM clarification_draft
  WHERE id = :draftId! AND status IN ('draft', 'in_review', 'approved')
  FOR KEY SHARE
), stored AS (
  INSERT INTO clarification_update (draft_id, update, user_id)
  SELECT d.id, :update!, :userId! FROM d
  RETURNING id
), editor AS (
  INSERT INTO clarification_editor (draft_id, user_id)
  SELECT d.id, :userId! FROM d
  ON CONFLICT (draft_id, user_id) DO UPDATE SET last_edit_at = now()
)
SELECT stored.id AS "id!", d.status AS "status!" FROM stored, d;

/* @name HasLiveApprovals */
SELECT EXISTS (
  SELECT 1 FROM clarification_approval WHERE draft_id = :draftId! AND voided_at IS NULL
) AS "approvals!";

/* @name MarkEditorsSince */
INSERT INTO clarification_editor (draft_id, user_id)
SELECT DISTINCT u.draft_id, u.user_id FROM clarification_update u
WHERE u.draft_id = :draftId! AND u.user_id IS NOT NULL AND u.created_at >= :since!
ON CONFLICT (draft_id, user_id) DO UPDATE SET last_edit_at = now();

/* @name TakeUpdates */
DELETE FROM clarification_update WHERE draft_id = :draftId!
RETURNING id AS "id!", update AS "update!";
