/*
  The case kernel's statements. Their parameter and result types are generated from the migrated
  schema into case-kernel.queries.ts by `npm run sql:types` (pgtyped); never edit that file.
*/

/* @name LoadCase */
SELECT c.id, c.number, c.title, c.description, c.classification, c.channel, c.category, c.status,
  c.status_before_hold, c.priority, c.tags, c.lat, c.lng, c.province_code, c.district_code, c.village_code,
  c.location_confidence, c.location_source, c.location_updated_at,
  c.regency_code, c.location_text, to_char(c.incident_date, 'YYYY-MM-DD') AS incident_date, c.intake_agency_id,
  c.version, c.created_at, c.updated_at, lp.agency_id AS lead_agency_id, la.short_name AS lead_agency_short_name
FROM "case" c
  JOIN case_participant lp ON lp.case_id = c.id AND lp.role = 'lead'
  JOIN agency la ON la.id = lp.agency_id
WHERE c.id = :caseId!;

/* @name LockCase */
SELECT c.id, c.number, c.title, c.description, c.classification, c.channel, c.category, c.status,
  c.status_before_hold, c.priority, c.tags, c.lat, c.lng, c.province_code, c.district_code, c.village_code,
  c.location_confidence, c.location_source, c.location_updated_at,
  c.regency_code, c.location_text, to_char(c.incident_date, 'YYYY-MM-DD') AS incident_date, c.intake_agency_id,
  c.version, c.created_at, c.updated_at, lp.agency_id AS lead_agency_id, la.short_name AS lead_agency_short_name
FROM "case" c
  JOIN case_participant lp ON lp.case_id = c.id AND lp.role = 'lead'
  JOIN agency la ON la.id = lp.agency_id
WHERE c.id = :caseId!
FOR UPDATE OF c;

/* @name CaseRelations */
SELECT simpul_case_relations(:caseId!, :agencyId!, :role) AS relations;

/* @name MergedInto */
SELECT s.id, s.number, s.title, c.merged_at AS "merged_at!" FROM "case" c JOIN "case" s ON s.id = c.merged_into_case_id
WHERE c.id = :caseId!;

/* @name MergedFrom */
SELECT d.id, d.number, d.title, d.merged_at AS "merged_at!" FROM "case" d WHERE d.merged_into_case_id = :caseId!
ORDER BY d.merged_at, d.number;

/* @name MergeTarget */
SELECT s.number AS "number?" FROM "case" c LEFT JOIN "case" s ON s.id = c.merged_into_case_id
WHERE c.id = :caseId! AND c.merged_into_case_id IS NOT NULL;

/* @name ReserveEventSeq */
UPDATE "case" SET "last_event_seq" = "last_event_seq" + 1 WHERE "id" = :caseId! RETURNING "last_event_seq" AS seq;

/* @name InsertEvent */
INSERT INTO "case_event" ("case_id", "seq", "type", "actor_user_id", "actor_agency_id", "before", "after", "case_version")
VALUES (:caseId!, :seq!, :type!, :actorUserId, :actorAgencyId, :before, :after,
  (SELECT c."version" FROM "case" c WHERE c."id" = :caseId!));

/* The events after a case version that may have changed its editable facts (the types in
   case-fact-changes.ts), oldest first, with who wrote them. */
/*
  @name FactEventsSince
  @param types -> (...)
*/
SELECT e.seq, e.at, e.type, e.actor_user_id, u.name AS "actor_name?", e.actor_agency_id,
  a.short_name AS "actor_agency_short_name?", e.after
FROM "case_event" e
  LEFT JOIN "app_user" u ON u.id = e.actor_user_id
  LEFT JOIN "agency" a ON a.id = e.actor_agency_id
WHERE e.case_id = :caseId! AND e.case_version > :baseVersion! AND e.type IN :types!
ORDER BY e.seq;

/* @name EventsAfter */
SELECT e.seq, e.at, e.type, e.actor_user_id, u.name AS "actor_name?", e.actor_agency_id, e.before, e.after
FROM "case_event" e LEFT JOIN "app_user" u ON u.id = e.actor_user_id
WHERE e.case_id = :caseId! AND e.seq > :afterSeq! ORDER BY e.seq LIMIT :limit!;
