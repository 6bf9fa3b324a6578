/* The retention job's statement (retention.service.ts). Types: npm run sql:types. */

/* @name PurgeReporterData */
SELECT simpul_purge_reporter_data(:retentionDays!) AS "purged!";
