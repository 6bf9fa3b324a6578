import { appendFileSync } from 'node:fs';
import type { Logger, QueryRunner } from 'typeorm';

/**
 * Writes every statement the application runs, with its parameters, as one JSON line. Only the
 * inbox benchmark turns it on (`DATABASE_QUERY_TRACE_FILE`), to replay the API's exact SQL directly
 * against PostgreSQL as its baseline. Never enable it in production: parameters include user data.
 */
export class QueryTraceLogger implements Logger {
  private readonly runners = new WeakMap<QueryRunner, number>();
  private nextRunner = 1;

  constructor(private readonly file: string) {}

  /** `runner` tells statements of concurrent transactions apart (one number per query runner). */
  logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    let runner = 0;
    if (queryRunner) {
      runner = this.runners.get(queryRunner) ?? this.nextRunner++;
      this.runners.set(queryRunner, runner);
    }
    appendFileSync(
      this.file,
      `${JSON.stringify({ runner, query, parameters: parameters ?? [] })}\n`,
    );
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
