/* A figure's cases (the leaders' drill-down) that the reader may open: row-level security counts. */

/* @name ReadableAmong */
SELECT count(*)::int AS "n!" FROM "case" c WHERE c.id = ANY(:ids!::uuid[]);
