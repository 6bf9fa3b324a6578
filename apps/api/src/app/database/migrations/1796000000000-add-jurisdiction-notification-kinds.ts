import { MigrationInterface, QueryRunner } from 'typeorm';
import { notificationKinds, setNotificationKinds } from '../notification-kinds';

/** The kinds jurisdiction work (issue #13) notifies with; `handoff_request` exists already. */
const ADDED = [
  'handoff_answered',
  'handoff_expired',
  'collaboration_request',
  'task_update',
  'arbitration_needed',
  'registry_import_finished',
];

/** Notification kinds for handoffs, co-ownership tasks, arbitration and registry imports. */
export class AddJurisdictionNotificationKinds1796000000000 implements MigrationInterface {
  name = 'AddJurisdictionNotificationKinds1796000000000';

  async up(q: QueryRunner): Promise<void> {
    const kinds = await notificationKinds(q);
    await setNotificationKinds(q, [...kinds, ...ADDED.filter((k) => !kinds.includes(k))]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "notification" WHERE "kind" = ANY($1)`, [ADDED]);
    await setNotificationKinds(
      q,
      (await notificationKinds(q)).filter((k) => !ADDED.includes(k)),
    );
  }
}
