import pg from 'pg';
import { baseUrl, DEMO_PASSWORD } from './browser';

/** A demo user signed in through the API, acting for its first agency (the superadmin has none). */
export interface ApiSession {
  token: string;
  agencyId: string | null;
}

/** One JSON call to the product's API as `session` (or anonymously); a non-2xx answer throws. */
export async function api<T>(
  session: ApiSession | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (session) {
    headers['authorization'] = `Bearer ${session.token}`;
    if (session.agencyId) headers['x-simpul-agency'] = session.agencyId;
  }
  const response = await fetch(new URL(path, baseUrl()), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

/** Signs a demo user in with the demo password. */
export async function apiSignIn(email: string): Promise<ApiSession> {
  const session = await api<{
    accessToken: string;
    user: { memberships: { agencyId: string }[] };
  }>(null, 'POST', '/api/auth/sign-in', { email, password: DEMO_PASSWORD });
  return { token: session.accessToken, agencyId: session.user.memberships[0]?.agencyId ?? null };
}

/**
 * Adds people to a demo agency straight in the e2e database (the API would send them an invitation
 * to accept): each gets `role` there and the demo password, copied from `passwordOf`'s account.
 * Answers the agency's id and each new user's id by e-mail.
 */
export async function addAgencyMembers(
  agencyCode: string,
  role: string,
  users: { email: string; name: string }[],
  passwordOf: string,
): Promise<{ agencyId: string; ids: Record<string, string> }> {
  const db = new pg.Client({ connectionString: process.env['E2E_DATABASE_URL'] });
  await db.connect();
  try {
    const [{ id: agencyId }] = (
      await db.query(`SELECT id FROM agency WHERE code = $1`, [agencyCode])
    ).rows as { id: string }[];
    const ids: Record<string, string> = {};
    for (const user of users) {
      const added = await db.query(
        `WITH u AS (
           INSERT INTO app_user (email, name, password_hash)
           SELECT $1, $2, password_hash FROM app_user WHERE email = $3
           RETURNING id)
         INSERT INTO membership (user_id, agency_id, role) SELECT u.id, $4, $5 FROM u
         RETURNING user_id`,
        [user.email, user.name, passwordOf, agencyId, role],
      );
      ids[user.email] = (added.rows as { user_id: string }[])[0].user_id;
    }
    return { agencyId, ids };
  } finally {
    await db.end();
  }
}
