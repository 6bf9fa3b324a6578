/* The inbox map's fixed statements (inbox-map.service.ts). Types: npm run sql:types.
   InboxAgencies: agencies that take part in a case the reader may see; row-level security on
   "case" limits the cases, the GIN index on participant_agency_ids finds one per agency. */

/* @name InboxAgencies */
SELECT a.id, a.short_name, a.name FROM agency a
WHERE EXISTS (SELECT 1 FROM "case" c WHERE c.participant_agency_ids @> ARRAY[a.id])
ORDER BY a.short_name;
