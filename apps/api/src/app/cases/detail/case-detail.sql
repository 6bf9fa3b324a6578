/* The case page's own statements (case-detail.service.ts). Types: npm run sql:types. */

/* The photo link an Open311 client sent with the case: shown as a link, never fetched. */
/* @name Open311MediaUrl */
SELECT media_url FROM open311_request WHERE case_id = :caseId!;
