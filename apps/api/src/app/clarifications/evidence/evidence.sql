/* Linked cases' field evidence on clarification drafts and public outputs (#15). Types: npm run sql:types. */

/* Every linked case's id and number, for whoever reads the draft (SECURITY DEFINER). */
/* @name linkedCases */
SELECT case_id AS "caseId!", case_number AS "number!" FROM simpul_clarification_linked_cases(:draftId!);

/* The photos marked public of the linked cases that never held a rahasia report. */
/* @name publicPhotos */
SELECT attachment_id AS "attachmentId!", case_id AS "caseId!", case_number AS "caseNumber!", caption,
       storage_key AS "storageKey!"
FROM simpul_clarification_public_photos(:draftId!);

/* The linked cases the acting agency and role read, with the road the case lies on (registry). */
/* @name readableCases */
SELECT c.id AS "id!", c.title AS "title!", c.status AS "status!",
       s.name AS "roadName?", s.status AS "roadStatus?", s.link_number AS "linkNumber?",
       s.agency_id AS "ownerId?", ag.short_name AS "ownerShortName?"
FROM "case" c
  LEFT JOIN road_segment s ON s.id = c.road_segment_id
  LEFT JOIN agency ag ON ag.id = s.agency_id
WHERE c.id = ANY(:caseIds!::uuid[])
  AND cardinality(simpul_case_relations(c.id, :agencyId!::uuid, :role!::text)) > 0;

/* Photos of cases the reader reads (row-level security applies), oldest first. */
/* @name casePhotos */
SELECT a.id AS "id!", a.case_id AS "caseId!", a.caption, a.public_at AS "publicAt?",
       a.has_thumbnail AS "hasThumbnail!", c.ever_confidential AS "everConfidential!"
FROM case_attachment a JOIN "case" c ON c.id = a.case_id
WHERE a.case_id = ANY(:caseIds!::uuid[]) AND a.kind = 'image'
  AND a.deleted_at IS NULL AND a.files_erased_at IS NULL
ORDER BY a.created_at, a.id;

/* The stored file of a photo a publication carries under this URL, while it may still be public. */
/* @name publishedPhoto */
SELECT storage_key AS "storageKey!" FROM simpul_published_evidence_photo(:attachmentId!::uuid, :url!::text);
