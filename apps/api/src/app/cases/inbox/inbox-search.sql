/* The inbox search's exact matches (inbox-search.ts). Types: npm run sql:types. */

/* @name InboxExactMatches */
SELECT c.id AS "caseId!", 'number' AS "via!", false AS "anonymous!", NULL::text[] AS "relations?"
  FROM case_inbox c WHERE c.number = ANY(:numbers!::text[])
UNION ALL
SELECT r.case_id, 'tracking_id', false, NULL::text[]
  FROM case_report r
 WHERE r.tracking_id = :trackingId AND EXISTS (SELECT 1 FROM case_inbox c WHERE c.id = r.case_id)
UNION ALL
SELECT r.case_id, 'phone', r.anonymous, simpul_case_relations(r.case_id, :agencyId, :role)
  FROM case_report r
 WHERE r.reporter_phone_key = simpul_phone_key(:phone)
   AND EXISTS (SELECT 1 FROM case_inbox c WHERE c.id = r.case_id);
