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
