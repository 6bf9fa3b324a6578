/* A year's decree entered in one go (calendar.service.ts). Types: npm run sql:types. */

/* The year's corrections, removed before the decree's are written; their dates are returned. */
/* @name DeleteYearOverrides */
DELETE FROM calendar_override
WHERE date >= make_date(:year!::int, 1, 1) AND date < make_date(:year!::int + 1, 1, 1)
RETURNING to_char(date, 'YYYY-MM-DD') AS "date!";

/* The decree's days off and the cancelled holidays, in one statement. */
/* @name InsertDecreeOverrides */
INSERT INTO calendar_override (date, kind, name, created_by)
SELECT d, k, n, :createdBy FROM unnest(:dates!::date[], :kinds!::text[], :names!::text[]) AS t(d, k, n);
