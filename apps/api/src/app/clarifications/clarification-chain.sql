/* Configuring an agency's clarification approval chain (#15 item 3): clarification-chain.service.ts,
   and the approval notices and reminders (approval-notices.ts). Types: npm run sql:types. */

/* @name ChainHead */
SELECT c.version AS "version!", c.updated_at AS "updatedAt!", u.name AS "updatedByName?"
FROM clarification_chain c LEFT JOIN app_user u ON u.id = c.updated_by
WHERE c.agency_id = :agencyId!;

/* The first version of an agency's list (the editor read none: baseVersion 0); nothing when one exists. */
/* @name InsertChainVersion */
INSERT INTO clarification_chain (agency_id, version, updated_by) VALUES (:agencyId!, 1, :userId!)
ON CONFLICT (agency_id) DO NOTHING
RETURNING version AS "version!";

/* A new version, only over the version the editor read. */
/* @name ConditionalBumpChainVersion */
UPDATE clarification_chain SET version = version + 1, updated_by = :userId!, updated_at = now()
WHERE agency_id = :agencyId! AND version = :baseVersion!::int
RETURNING version AS "version!";

/* The agency and the units of its subtree (a UPT under its department), the agency first. */
/* @name AgencySubtree */
WITH RECURSIVE tree AS (
  SELECT a.id, 0 AS depth FROM agency a WHERE a.id = :agencyId!
  UNION ALL
  SELECT a.id, t.depth + 1 FROM agency a JOIN tree t ON a.parent_id = t.id WHERE t.depth < 10
)
SELECT a.id AS "id!", a.short_name AS "shortName!", a.name AS "name!"
FROM tree t JOIN agency a ON a.id = t.id
WHERE a.active OR a.id = :agencyId!
ORDER BY t.depth, a.short_name;

/* Active members of the given agencies, one row per membership (for naming people in a step). */
/* @name SubtreeMembers */
SELECT u.id AS "userId!", u.name AS "name!", m.agency_id AS "agencyId!", a.short_name AS "agencyShortName!", m.role AS "role!"
FROM membership m JOIN app_user u ON u.id = m.user_id JOIN agency a ON a.id = m.agency_id
WHERE m.agency_id = ANY(:agencyIds!::uuid[]) AND u.active
ORDER BY u.name, a.short_name, m.role;

/* @name UsersByIds */
SELECT u.id AS "userId!", u.name AS "name!" FROM app_user u WHERE u.id = ANY(:userIds!::uuid[]) ORDER BY u.name;

/* Drafts whose 24-hour clock nears its end and whose current step was not reminded yet: claimed
   once (reminded_at), so a retried job, the sweep and several API processes remind once. A restart
   of the chain clears reminded_at (RestartChain), so the new chain's step is reminded too. */
/* @name ClaimDueClarificationReminders */
UPDATE clarification_draft d SET reminded_at = now()
WHERE d.id IN (
  SELECT x.id FROM clarification_draft x
  WHERE x.status IN ('draft', 'in_review') AND x.reminded_at IS NULL
    AND x.logged_at + make_interval(hours => :remindAtHours!::int) <= :now!::timestamptz
    AND x.logged_at + make_interval(hours => :clockHours!::int) > :now!::timestamptz
    AND x.id = :draftId!
  FOR UPDATE SKIP LOCKED)
RETURNING d.id AS "id!", d.agency_id AS "agencyId!", d.logged_at AS "loggedAt!";

/* @name DueClarificationReminders */
SELECT x.id AS "id!" FROM clarification_draft x
WHERE x.status IN ('draft', 'in_review') AND x.reminded_at IS NULL
  AND x.logged_at + make_interval(hours => :remindAtHours!::int) <= :now!::timestamptz
  AND x.logged_at + make_interval(hours => :clockHours!::int) > :now!::timestamptz
ORDER BY x.logged_at LIMIT 200;

/* Drafts whose chain (re)started (created, an edit voided approvals, a rejection) since their next
   step was last told. */
/* @name ChainsToNotice */
SELECT x.id AS "id!" FROM clarification_draft x
WHERE x.status IN ('draft', 'in_review')
  AND (x.approval_noticed_at IS NULL OR x.approval_noticed_at < x.chain_started_at)
ORDER BY x.chain_started_at LIMIT 100;

/* @name ClaimChainNotice */
UPDATE clarification_draft SET approval_noticed_at = now()
WHERE id = :draftId! AND status IN ('draft', 'in_review')
  AND (approval_noticed_at IS NULL OR approval_noticed_at < chain_started_at)
RETURNING id AS "id!";

/* @name DraftOwner */
SELECT d.agency_id AS "agencyId!", d.status AS "status!", d.logged_at AS "loggedAt!" FROM clarification_draft d WHERE d.id = :draftId!;

/* The people who edited a draft since its chain last restarted, and its creator. */
/* @name DraftEditors */
SELECT e.user_id AS "userId!" FROM clarification_editor e JOIN clarification_draft d ON d.id = e.draft_id
WHERE e.draft_id = :draftId!
UNION
SELECT d.created_by AS "userId!" FROM clarification_draft d WHERE d.id = :draftId! AND d.created_by IS NOT NULL;

/* @name DraftTitle */
SELECT left(split_part(d.search_text, E'\n', 1), 200) AS "title!", a.short_name AS "agencyShortName!"
FROM clarification_draft d JOIN agency a ON a.id = d.agency_id WHERE d.id = :draftId!;

/* @name AgencyShortNames */
SELECT a.id AS "id!", a.short_name AS "shortName!" FROM agency a WHERE a.id = ANY(:ids!::uuid[]);

/* The draft's latest rejection, with its note (a rejection voids the approvals, not this record). */
/* @name LastRejection */
SELECT e.payload->>'name' AS "stepName", e.payload->>'note' AS "note", u.name AS "userName?", e.created_at AS "at!"
FROM clarification_event e LEFT JOIN app_user u ON u.id = e.actor_id
WHERE e.draft_id = :draftId! AND e.type = 'clarification.rejected'
ORDER BY e.id DESC LIMIT 1;
