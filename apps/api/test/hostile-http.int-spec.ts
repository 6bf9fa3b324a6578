import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, gzipSync } from 'node:zlib';
import { Redis } from 'ioredis';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type {
  ApiErrorBody,
  CaseDetail,
  SessionResponse,
  TrackingLinkResponse,
} from '@simpul/contracts';
import type { Open311Error } from '../src/app/open311/open311.types';
import { ensureApiBuilt, startApi, stopApi, type ApiProcess } from './support/api-process';
import { bearer, createAgency, createUser, FIXTURE_PASSWORD, signIn } from './support/fixtures';
import { dependencyPresent } from './support/missing-dependency';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

const NUL = '\u0000';

/** A 4xx in the API's shape, naming `field` when given. */
function expectApiError(response: request.Response, status: number, field?: string): ApiErrorBody {
  expect({ status: response.status, body: response.body }).toEqual({
    status,
    body: expect.objectContaining({
      statusCode: status,
      code: expect.any(String),
      message: { id: expect.any(String), en: expect.any(String) },
    }),
  });
  const body = response.body as ApiErrorBody;
  if (field) expect(body.fields?.map((f) => f.field)).toContain(field);
  return body;
}

function expectOpen311Error(response: request.Response, status: number): Open311Error {
  expect(response.status).toBe(status);
  expect(Array.isArray(response.body)).toBe(true);
  const [error] = response.body as Open311Error[];
  expect(Object.keys(error).sort()).toEqual(['code', 'description']);
  expect(error.code).toBe(status);
  return error;
}

describe('hostile HTTP input', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let petugas: string;
  let caseId: string;
  let caseNumber: string;
  let trackingToken: string;
  let open311Key: string;

  beforeAll(async () => {
    // With the web app served, as in production: its fallback used to turn body errors into 404s.
    const webRoot = mkdtempSync(join(tmpdir(), 'simpul-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Simpul</title>');
    testApp = await createTestApp({ WEB_DIST_PATH: webRoot });
    owner = await ownerDataSource();
    const agencyId = await createAgency(owner, 'Hostile', { kind: 'field_unit' });
    petugas = (await signIn(testApp.url, (await createUser(owner, [[agencyId, 'petugas']])).email))
      .accessToken;
    const admin = (
      await signIn(testApp.url, (await createUser(owner, [[agencyId, 'admin']])).email)
    ).accessToken;
    const created = (
      await request(testApp.url)
        .post('/api/cases')
        .set(bearer(petugas))
        .send({
          title: 'Lampu jalan mati (uji masukan jahat)',
          description: 'Lampu jalan di depan pasar mati sejak seminggu',
          classification: 'pengaduan',
          channel: 'whatsapp',
          category: 'jalan_rusak',
          reporter: {
            name: 'Pak Harto',
            contact: '0813-1111-2222',
            anonymous: false,
            confidential: false,
          },
        })
        .expect(201)
    ).body as CaseDetail;
    caseId = created.id;
    caseNumber = created.number;
    const [{ id: reportId }] = await owner.query(
      `SELECT id FROM case_report WHERE case_id = $1 LIMIT 1`,
      [caseId],
    );
    trackingToken = (
      (
        await request(testApp.url)
          .post(`/api/cases/${caseId}/reports/${reportId}/tracking-link`)
          .set(bearer(petugas))
          .expect(201)
      ).body as TrackingLinkResponse
    ).token;
    open311Key = (
      await request(testApp.url)
        .post('/api/open311/keys')
        .set(bearer(admin))
        .send({ label: 'Uji masukan jahat' })
        .expect(201)
    ).body.apiKey;
  });

  afterAll(async () => {
    await testApp?.close();
    await owner?.destroy();
  });

  const api = () => request(testApp.url);

  describe('request bodies the parser refuses', () => {
    const post = () => api().post('/api/cases').set(bearer(petugas));

    it('answers 400 to malformed JSON, a JSON null and a JSON string', async () => {
      for (const text of ['{"title": ', 'null', '"just a string"']) {
        expectApiError(await post().set('Content-Type', 'application/json').send(text), 400);
      }
    });

    it('answers 413 to a body over the limit and 400 to a broken gzip body', async () => {
      const big = JSON.stringify({ title: 'x'.repeat(2 * 1024 * 1024) });
      expectApiError(await post().set('Content-Type', 'application/json').send(big), 413);
      const broken = await post()
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', 'gzip')
        .send(Buffer.from('this is not gzip at all'));
      expectApiError(broken, 400);
      const unsupported = await post()
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', 'br-fake')
        .send('{}');
      expectApiError(unsupported, 415);
    });

    it('refuses a 5,000-deep JSON body quickly with 400 on any route, public or not', async () => {
      const deep = '['.repeat(5000) + ']'.repeat(5000);
      const deepObject = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
      // A deep document hidden inside gzip is measured after inflating.
      const started = Date.now();
      for (const target of ['/api/cases', '/api/auth/refresh', '/api/auth/sign-in']) {
        for (const text of [deep, deepObject]) {
          const response = await api()
            .post(target)
            .set(bearer(petugas))
            .set('Content-Type', 'application/json')
            .send(text);
          expectApiError(response, 400);
        }
      }
      const gzipped = await api()
        .post('/api/auth/refresh')
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', 'gzip')
        .send(gzipSync(deep));
      expectApiError(gzipped, 400);
      expect(Date.now() - started).toBeLessThan(2000);
      // Open311 keeps its own error shape for the same refusal.
      const open311 = await api()
        .post('/open311/v2/requests.json')
        .set('Content-Type', 'application/json')
        .send(deepObject);
      expectOpen311Error(open311, 400);
    });

    it('keeps JSON nested within the limit working', async () => {
      const fine = await api()
        .post('/api/auth/refresh')
        .send({ refreshToken: 'x'.repeat(40) });
      expectApiError(fine, 401);
    });
  });

  describe('NUL characters and malformed paths answer 400, never 500', () => {
    it('refuses a NUL in the body of cases, comments and the public tracking reply, naming the field', async () => {
      expectApiError(
        await api()
          .post('/api/cases')
          .set(bearer(petugas))
          .send({
            title: `Lampu${NUL}mati`,
            description: 'Uji',
            classification: 'pengaduan',
            channel: 'whatsapp',
            category: 'jalan_rusak',
            reporter: { name: 'Pak Harto', contact: '0813', anonymous: false, confidential: false },
          }),
        400,
        'title',
      );
      expectApiError(
        await api()
          .post(`/api/cases/${caseId}/comments`)
          .set(bearer(petugas))
          .send({ visibility: 'internal', body: `Sudah dicek${NUL}` }),
        400,
        'body',
      );
      expectApiError(
        await api()
          .post(`/api/public/tracking/${caseNumber}/replies`)
          .set('X-Tracking-Token', trackingToken)
          .send({ body: `Terima kasih${NUL}` }),
        400,
        'body',
      );
      const [{ count }] = await owner.query(
        `SELECT count(*)::int AS count FROM "case" WHERE title LIKE 'Lampu%mati'`,
      );
      expect(count).toBe(0);
    });

    it('refuses a NUL in a multipart field or an uploaded file’s name, naming it', async () => {
      const png = pngOfSize(2, 2);
      const upload = () => api().post(`/api/cases/${caseId}/attachments`).set(bearer(petugas));
      expectApiError(
        await upload()
          .field('caption', `Foto${NUL}jalan`)
          .attach('file', png, { filename: 'jalan.png', contentType: 'image/png' }),
        400,
        'caption',
      );
      expectApiError(
        await upload().attach('file', png, {
          filename: `jalan${NUL}.png`,
          contentType: 'image/png',
        }),
        400,
        'file',
      );
    });

    it('refuses a NUL in a query string, naming it', async () => {
      expectApiError(
        await api()
          .get('/api/cases/inbox')
          .query({ q: `lampu${NUL}` })
          .set(bearer(petugas)),
        400,
        'q',
      );
    });

    it('refuses %00 and broken percent-encoding in the path', async () => {
      expectApiError(
        await api().get('/api/public/tracking/%00').set('X-Tracking-Token', trackingToken),
        400,
        'caseNumber',
      );
      expectApiError(
        await api().post('/api/public/tracking/%00/confirm').set('X-Tracking-Token', trackingToken),
        400,
        'caseNumber',
      );
      expectApiError(await api().get('/api/public/tracking/%E0%A4%A'), 400);
      expectOpen311Error(await api().get('/open311/v2/requests/%00.json'), 400);
      expectOpen311Error(await api().get('/open311/v2/requests/%E0%A4%A.json'), 400);
    });

    it('refuses a NUL in an Open311 request in the standard’s shape and stores nothing', async () => {
      const response = await api()
        .post('/open311/v2/requests.json')
        .type('form')
        .send({
          api_key: open311Key,
          service_code: 'jalan_rusak',
          lat: '-7.9366',
          long: '112.6306',
          description: `Jalan berlubang${NUL} besar`,
        });
      const error = expectOpen311Error(response, 400);
      expect(error.description).toContain('description');
      const [{ count }] = await owner.query(
        `SELECT count(*)::int AS count FROM "case" WHERE description LIKE 'Jalan berlubang%besar'`,
      );
      expect(count).toBe(0);
    });
  });

  describe('cursors and numbers from the client are checked', () => {
    const forged = [
      Buffer.from(JSON.stringify(['not-a-time', '00000000-0000-4000-8000-000000000000'])),
      Buffer.from(
        JSON.stringify(['2026-01-01T00:00:00.000Z', '------------------------------------']),
      ),
      Buffer.from(JSON.stringify([`2026-01-01${NUL}`, '00000000-0000-4000-8000-000000000000'])),
      Buffer.from(
        JSON.stringify(['99999-99-99T00:00:00Z', '00000000-0000-4000-8000-000000000000']),
      ),
      Buffer.from('not json'),
    ].map((bytes) => bytes.toString('base64url'));

    it('answers 400 naming cursor to a forged inbox or notifications cursor', async () => {
      for (const cursor of forged) {
        expectApiError(
          await api().get('/api/cases/inbox').query({ cursor }).set(bearer(petugas)),
          400,
          'cursor',
        );
        expectApiError(
          await api().get('/api/notifications').query({ cursor }).set(bearer(petugas)),
          400,
          'cursor',
        );
      }
    });

    it('answers 400 naming afterSeq to a number beyond a safe integer', async () => {
      expectApiError(
        await api()
          .get(`/api/cases/${caseId}/events`)
          .query({ afterSeq: '9999999999999999999999' })
          .set(bearer(petugas)),
        400,
        'afterSeq',
      );
      await api()
        .get(`/api/cases/${caseId}/events`)
        .query({ afterSeq: '0' })
        .set(bearer(petugas))
        .expect(200);
    });
  });
  describe('sessions, sign-in and headers', () => {
    it('answers a refresh replayed within the grace window with the same successor: no fork', async () => {
      const user = await createUser(owner, [], { label: 'replay' });
      const first = (
        await api()
          .post('/api/auth/sign-in')
          .send({ email: user.email, password: FIXTURE_PASSWORD, client: 'api' })
          .expect(200)
      ).body as SessionResponse;
      const original = first.refreshToken as string;
      const exchange = async (token: string) =>
        (
          (await api().post('/api/auth/refresh').send({ refreshToken: token }).expect(200))
            .body as SessionResponse
        ).refreshToken as string;
      const successor = await exchange(original);
      const replayed = await exchange(original);
      expect(replayed).toBe(successor);
      const [{ tokens, unused }] = await owner.query(
        `SELECT count(*)::int AS tokens, count(*) FILTER (WHERE t.used_at IS NULL)::int AS unused
           FROM refresh_token t JOIN auth_session s ON s.id = t.session_id WHERE s.user_id = $1`,
        [user.id],
      );
      expect({ tokens, unused }).toEqual({ tokens: 2, unused: 1 });
      // The chain goes on from the one successor.
      expect(await exchange(successor)).not.toBe(successor);
    });

    it('sends the refresh cookie Secure by default', async () => {
      const user = await createUser(owner, [], { label: 'cookie' });
      const response = await api()
        .post('/api/auth/sign-in')
        .send({ email: user.email, password: FIXTURE_PASSWORD })
        .expect(200);
      const cookie = String(response.headers['set-cookie']);
      expect(cookie).toMatch(/simpul_refresh=.+; HttpOnly; Secure; SameSite=Strict/);
      expect(testApp.config.cookieSecure).toBe(true);
    });

    it('sends a content security policy with the OpenAPI UI too', async () => {
      for (const path of ['/api/docs', '/api/docs/']) {
        const response = await api().get(path);
        expect(response.headers['content-security-policy']).toContain("script-src 'self'");
        expect(response.headers['content-security-policy']).toContain("object-src 'none'");
      }
    });
  });

  describe('image uploads', () => {
    it('refuses a 1 × 60,000,000 PNG from its header, quickly, naming file', async () => {
      const png = pngOfSize(1, 60_000_000);
      expect(png.length).toBeLessThan(1_000_000);
      const started = Date.now();
      const response = await api()
        .post(`/api/cases/${caseId}/attachments`)
        .set(bearer(petugas))
        .attach('file', png, { filename: 'tinggi.png', contentType: 'image/png' });
      const elapsed = Date.now() - started;
      const body = expectApiError(response, 422, 'file');
      expect(body.code).toBe('IMAGE_TOO_LARGE');
      expect(elapsed).toBeLessThan(3000);
      const [{ count }] = await owner.query(
        `SELECT count(*)::int AS count FROM case_attachment WHERE case_id = $1`,
        [caseId],
      );
      expect(count).toBe(0);
    });
  });
});

/** A real, complete PNG of the given size (8-bit grey, every pixel black). */
function pngOfSize(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  // Each row: filter byte 0 and `width` zero pixels; deflate shrinks 120 MB of zeros to ~120 KB.
  const pixels = deflateSync(Buffer.alloc((width + 1) * height), { level: 9 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

describe('rate limits of public routes', () => {
  let limited: TestApp;

  beforeAll(async () => {
    limited = await createTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: '3' });
  });

  afterAll(() => limited?.close());

  it('answers 429 to refresh and sign-out after the public limit', async () => {
    for (const path of ['/api/auth/refresh', '/api/auth/sign-out']) {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await request(limited.url)
          .post(path)
          .send({ refreshToken: 'x'.repeat(43) });
        statuses.push(response.status);
        if (response.status === 429) expectApiError(response, 429);
      }
      expect(statuses.slice(3)).toEqual([429, 429]);
      expect(statuses.slice(0, 3)).not.toContain(429);
    }
  });

  it('answers 429 to the public settings after the limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await request(limited.url).get('/api/public/settings');
      statuses.push(response.status);
      if (i === 3) expectApiError(response, 429);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('answers 429 to Open311’s public list after the limit, in the standard’s shape', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await request(limited.url).get('/open311/v2/requests.json');
      statuses.push(response.status);
      if (i === 3) expectOpen311Error(response, 429);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

/** Redis 7 on 127.0.0.1:6379 as on CI; without it the test skips, and fails under CI=true. */
async function localRedis(): Promise<Redis | null> {
  const redis = new Redis('redis://127.0.0.1:6379', {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    return redis;
  } catch {
    redis.disconnect();
    return null;
  }
}

describe('rate limits shared through Redis', () => {
  it('enforces one limit across two API processes with REDIS_URL', async () => {
    const redis = await localRedis();
    if (!dependencyPresent(redis !== null, 'Redis at 127.0.0.1:6379', 'the shared rate-limit test'))
      return;
    if (!redis) return;
    // A prefix of this run only: the machine's other keys are never touched.
    const prefix = `simpul-test:${randomUUID()}:`;
    const env = {
      RATE_LIMIT_ENABLED: 'true',
      REDIS_URL: 'redis://127.0.0.1:6379',
      RATE_LIMIT_KEY_PREFIX: prefix,
      PUBLIC_RATE_LIMIT_PER_MINUTE: '4',
    };
    // Two real processes (the built bundle), as deployed behind one load balancer.
    ensureApiBuilt();
    const first = await startApi('first', env);
    const second = await startApi('second', env);
    try {
      const refresh = (api: ApiProcess) =>
        request(api.url)
          .post('/api/auth/refresh')
          .send({ refreshToken: 'y'.repeat(43) });
      const statuses: number[] = [];
      for (const api of [first, second, first, second, first, second]) {
        statuses.push((await refresh(api)).status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
      expect((await redis.keys(`${prefix}*`)).length).toBeGreaterThan(0);
    } finally {
      await stopApi(first);
      await stopApi(second);
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    }
    // Two API processes start from the bundle: over a minute on a loaded 2-core machine.
  }, 180_000);
});

describe('per-IP dimension of the sign-in lockout', () => {
  let app: TestApp;
  let owner: DataSource;

  beforeAll(async () => {
    // One proxy in front: the client IP is the last X-Forwarded-For entry, as in production.
    app = await createTestApp({
      TRUST_PROXY_HOPS: '1',
      SIGN_IN_LOCK_AFTER: '3',
      SIGN_IN_BACKOFF_AFTER: '100',
    });
    owner = await ownerDataSource();
  });

  afterAll(async () => {
    await app?.close();
    await owner?.destroy();
  });

  it('locks the guesser’s IP out of the account, not the owner signing in from elsewhere', async () => {
    const user = await createUser(owner, [], { label: 'lockout' });
    const from = (ip: string, password: string) =>
      request(app.url)
        .post('/api/auth/sign-in')
        .set('X-Forwarded-For', ip)
        .send({ email: user.email, password });
    for (let i = 0; i < 3; i++) {
      expect((await from('203.0.113.7', 'tebakan-salah-1')).status).toBe(401);
    }
    const guesser = await from('203.0.113.7', FIXTURE_PASSWORD);
    expect(guesser.status).toBe(429);
    expect(guesser.body.code).toBe('ACCOUNT_LOCKED');
    await from('198.51.100.9', FIXTURE_PASSWORD).expect(200);
    // The guesser stays locked after the owner's success.
    expect((await from('203.0.113.7', FIXTURE_PASSWORD)).status).toBe(429);
    // No typed email is kept in the throttle table, only a hash of it, with the IP.
    const emailHash = createHash('sha256').update(user.email.toLowerCase()).digest('hex');
    const rows: { email_key: string }[] = await owner.query(
      `SELECT email_key FROM sign_in_attempt WHERE email_key LIKE $1 || '%'`,
      [emailHash],
    );
    expect(rows.map((row) => row.email_key)).toEqual([`${emailHash}/203.0.113.7`]);
  });
});

/**
 * A PostgreSQL of this test alone (the embedded one of `npm start`, in a child process, on a free
 * port), so stopping it touches neither the machine's server nor the other suites' database.
 */
async function privatePostgres(): Promise<{
  url: string;
  stop: () => Promise<void>;
  dispose: () => Promise<void>;
}> {
  const port = await new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port: free } = server.address() as { port: number };
      server.close(() => resolve(free));
    });
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'simpul-pg-down-'));
  chmodSync(dataDir, 0o755);
  const module = join(__dirname, '../../../tools/lib/embedded-postgres.mjs');
  const script = `
    const { startEmbeddedPostgres } = await import(${JSON.stringify(module)});
    const db = await startEmbeddedPostgres({ dataDir: process.argv[1], port: Number(process.argv[2]), log: () => {} });
    process.stdout.write(JSON.stringify({ url: db.url }) + '\\n');
    process.stdin.once('data', async () => { await db.stop(); process.stdout.write('stopped\\n'); process.exit(0); });`;
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['--input-type=module', '-e', script, dataDir, String(port)],
    { stdio: 'pipe' },
  );
  const lines: string[] = [];
  let buffered = '';
  const waiters: Array<() => void> = [];
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    lines.push(...parts);
    waiters.splice(0).forEach((wake) => wake());
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const nextLine = async (): Promise<string> => {
    while (lines.length === 0) {
      if (child.exitCode !== null) throw new Error(`embedded PostgreSQL exited: ${stderr}`);
      await new Promise<void>((wake) => {
        waiters.push(wake);
        setTimeout(wake, 500);
      });
    }
    return lines.shift() as string;
  };
  const { url } = JSON.parse(await nextLine()) as { url: string };
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped || child.exitCode !== null) return;
    stopped = true;
    child.stdin.write('stop\n');
    await nextLine();
  };
  return {
    url,
    stop,
    /** Stops it if still running and removes its data folder. */
    dispose: async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describe('writes while PostgreSQL is down', () => {
  it('answer 503 with Retry-After in the API’s shape, not 500', async () => {
    const database = await privatePostgres();
    let app: TestApp | null = null;
    let dbOwner: DataSource | null = null;
    try {
      app = await createTestApp({ DATABASE_URL: database.url });
      dbOwner = await new DataSource({ type: 'postgres', url: database.url }).initialize();
      const agencyId = await createAgency(dbOwner, 'Padam');
      const user = await createUser(dbOwner, [[agencyId, 'petugas']]);
      const session = await signIn(app.url, user.email);
      const admin = await signIn(app.url, (await createUser(dbOwner, [[agencyId, 'admin']])).email);
      const { apiKey } = (
        await request(app.url)
          .post('/api/open311/keys')
          .set(bearer(admin.accessToken))
          .send({ label: 'Saat padam' })
          .expect(201)
      ).body as { apiKey: string };
      await dbOwner.destroy();
      dbOwner = null;
      await database.stop();
      const write = await request(app.url)
        .post('/api/cases')
        .set(bearer(session.accessToken))
        .send({
          title: 'Banjir di jalan desa',
          description: 'Air setinggi lutut',
          classification: 'pengaduan',
          channel: 'whatsapp',
          category: 'jalan_rusak',
          reporter: { name: 'Bu Sri', contact: '0812', anonymous: false, confidential: false },
        });
      const body = expectApiError(write, 503);
      expect(body.code).toBe('DATABASE_UNAVAILABLE');
      expect(Number(write.headers['retry-after'])).toBeGreaterThan(0);
      const signInWrite = await request(app.url)
        .post('/api/auth/sign-in')
        .send({ email: user.email, password: 'tebakan-salah-1' });
      expectApiError(signInWrite, 503);
      expect(signInWrite.headers['retry-after']).toBeDefined();
      // Open311 keeps its own shape for the same answer.
      const open311 = await request(app.url).post('/open311/v2/requests.json').type('form').send({
        api_key: apiKey,
        service_code: 'jalan_rusak',
        lat: '-7.9366',
        long: '112.6306',
        description: 'Jalan berlubang saat basis data padam',
      });
      expectOpen311Error(open311, 503);
      expect(open311.headers['retry-after']).toBeDefined();
    } finally {
      await dbOwner?.destroy();
      await database.dispose();
      // Closing waits on pools whose server is gone: bounded, the process ends with the run.
      if (app) await Promise.race([app.close(), new Promise((r) => setTimeout(r, 5000))]);
    }
  }, 120_000);
});
