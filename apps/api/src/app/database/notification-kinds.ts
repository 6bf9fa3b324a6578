import type { QueryRunner } from 'typeorm';

/** The notification kinds as the database allows them now, read from the constraint. */
export async function notificationKinds(q: QueryRunner): Promise<string[]> {
  const rows: unknown = await q.query(
    `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conname = 'ck_notification_kind'`,
  );
  const first: unknown = Array.isArray(rows) ? rows[0] : null;
  const definition =
    typeof first === 'object' && first !== null && 'definition' in first ? first.definition : null;
  if (typeof definition !== 'string') throw new Error('ck_notification_kind is missing');
  return [...definition.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
}

/** Replaces the allowed notification kinds (migrations add and remove kinds through this). */
export async function setNotificationKinds(q: QueryRunner, kinds: string[]): Promise<void> {
  await q.query(`ALTER TABLE "notification" DROP CONSTRAINT "ck_notification_kind"`);
  await q.query(
    `ALTER TABLE "notification" ADD CONSTRAINT "ck_notification_kind" CHECK ("kind" IN (${kinds
      .map((k) => `'${k}'`)
      .join(', ')}))`,
  );
}
