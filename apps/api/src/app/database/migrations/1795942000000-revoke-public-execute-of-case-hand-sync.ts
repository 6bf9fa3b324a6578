import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `simpul_sync_case_hand(uuid)` is SECURITY DEFINER and kept PUBLIC's default EXECUTE, so the
 * application role could call it for any case and write `case_hand` past row-level security. Only
 * its triggers (SECURITY DEFINER themselves, so they call it as the owner) need it.
 */
export class RevokePublicExecuteOfCaseHandSync1795942000000 implements MigrationInterface {
  name = 'RevokePublicExecuteOfCaseHandSync1795942000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE ALL ON FUNCTION simpul_sync_case_hand(uuid) FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`GRANT EXECUTE ON FUNCTION simpul_sync_case_hand(uuid) TO PUBLIC`);
  }
}
