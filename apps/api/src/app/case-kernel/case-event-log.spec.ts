import type { EntityManager } from 'typeorm';
import { CaseEventLog } from './case-event-log';

/** The statements the log sends, answered as PostgreSQL would (the row itself is not the point). */
function recordingManager(nextSeq: number) {
  const statements: { sql: string; parameters: unknown[] }[] = [];
  const manager = {
    queryRunner: undefined,
    query: (sql: string, parameters: unknown[]) => {
      statements.push({ sql, parameters });
      return Promise.resolve(sql.startsWith('UPDATE') ? [[{ seq: nextSeq }], 1] : []);
    },
  };
  return { manager: manager as unknown as EntityManager, statements };
}

describe('CaseEventLog', () => {
  const log = new CaseEventLog();
  const actor = { userId: 'user-1', agencyId: 'agency-1' };

  it('writes an event with the payload of its type under the next number of the case', async () => {
    const { manager, statements } = recordingManager(8);
    const seq = await log.append(
      manager,
      'case-1',
      actor,
      'case.status_changed',
      { status: 'routed' },
      { status: 'in_progress', action: 'start' },
    );
    expect(seq).toBe(8);
    expect(statements[1].parameters).toEqual([
      'case-1',
      8,
      'case.status_changed',
      'user-1',
      'agency-1',
      '{"status":"routed"}',
      '{"status":"in_progress","action":"start"}',
    ]);
  });

  it('does not compile with a payload of another type or a type that does not exist', async () => {
    const { manager, statements } = recordingManager(1);
    // Each call below must fail to compile: the type check of the specs (`tsc -p
    // apps/api/tsconfig.spec.json`, run by CI) reports a directive that no error needs.
    // @ts-expect-error a status change names the status it left
    await log.append(manager, 'case-1', actor, 'case.status_changed', null, { status: 'new' });
    // @ts-expect-error a tag change carries the tags, not a title
    await log.append(manager, 'case-1', actor, 'case.tags_changed', { tags: [] }, { title: 'x' });
    // @ts-expect-error there is no such event type
    await log.append(manager, 'case-1', actor, 'case.invented', null, null);
    expect(statements).toHaveLength(6);
  });
});
