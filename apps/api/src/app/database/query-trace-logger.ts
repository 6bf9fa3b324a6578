import { appendFileSync } from 'node:fs';
import type { Logger } from 'typeorm';

/**
 * Writes every statement the application runs, with its parameters, as one JSON line. Only the
 * inbox benchmark turns it on (`DATABASE_QUERY_TRACE_FILE`), to replay the API's exact SQL directly
 * against PostgreSQL as its baseline. Never enable it in production: parameters include user data.
 */
export class QueryTraceLogger implements Logger {
  constructor(private readonly file: string) {}

  logQuery(query: string, parameters?: unknown[]): void {
    appendFileSync(this.file, `${JSON.stringify({ query, parameters: parameters ?? [] })}\n`);
  }

  logQueryError(): void {
    // Errors reach the application's own logger.
  }

  logQuerySlow(): void {
    // Not traced.
  }

  logSchemaBuild(): void {
    // Not traced.
  }

  logMigration(): void {
    // Not traced.
  }

  log(): void {
    // Not traced.
  }
}
