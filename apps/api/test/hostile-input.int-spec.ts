import fc from 'fast-check';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { SOCKET_EVENTS, type ClientToServerEvents } from '@simpul/contracts';
import { bearer, createAgency, createCase, createUser, signIn } from './support/fixtures';
import { connectSocket, emitRaw, type TestSocket } from './support/realtime';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

/**
 * Hostile input, walked from the API's own OpenAPI document and the socket event list: every
 * route and every client event gets deep nesting, huge strings, NUL bytes, wrong types,
 * prototype-pollution keys and oversize bodies. Nothing may answer 5xx, crash, pollute
 * prototypes or echo the input in an error; every refusal is a 4xx in the API's error shape
 * (Open311 in its own). `npm test` runs a short version (HOSTILE_RUNS, default 3 per operation),
 * `npm run test:abuse` a long one. Reproduce with HOSTILE_SEED=<seed printed on failure>.
 */

const RUNS = Number(process.env['HOSTILE_RUNS'] ?? 3);
const SEED = Number(process.env['HOSTILE_SEED'] ?? Date.now() % 2_147_483_647);
const MARK = 'HOSTILE-7f3a';

/** Every client → server event; a new event that is not listed here fails the typecheck. */
const CLIENT_EVENTS = [
  SOCKET_EVENTS.ping,
  SOCKET_EVENTS.caseJoin,
  SOCKET_EVENTS.caseLeave,
  SOCKET_EVENTS.presenceTyping,
  SOCKET_EVENTS.presenceFieldLock,
  SOCKET_EVENTS.presenceActive,
] as const;
type UnlistedClientEvent = Exclude<keyof ClientToServerEvents, (typeof CLIENT_EVENTS)[number]>;
const everyClientEventListed: [UnlistedClientEvent] extends [never] ? true : never = true;

/** JSON text of values too deep for JSON.stringify on the test's own stack, built beside them. */
const prebuiltJson = new WeakMap<object, string>();
const nested = (levels: number, array = false): unknown => {
  let value: unknown = MARK;
  for (let i = 0; i < levels; i++) value = array ? [value] : { a: value };
  const [open, close] = array ? ['[', ']'] : ['{"a":', '}'];
  prebuiltJson.set(
    value as object,
    open.repeat(levels) + JSON.stringify(MARK) + close.repeat(levels),
  );
  return value;
};
/** JSON.stringify that uses the prebuilt text of deep values (the shallow rest recurses little). */
function toJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  const prebuilt = prebuiltJson.get(value);
  if (prebuilt !== undefined) return prebuilt;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  return `{${Object.entries(value)
    .map(([key, item]) => `${JSON.stringify(key)}:${toJson(item)}`)
    .join(',')}}`;
}
const polluting = (): unknown =>
  JSON.parse(
    `{"__proto__": {"polluted": "${MARK}"}, "constructor": {"prototype": {"polluted": "${MARK}"}}}`,
  );

/**
 * Values no field of any route should accept in a way that fails the server. Generated as named
 * recipes and built inside the property, so a counterexample prints short (a 5,000-deep value
 * would overflow the reporter's own printing).
 */
const HOSTILE_VALUES: Record<string, () => unknown> = {
  'object nested 5000 deep': () => nested(5_000),
  'array nested 40 deep': () => nested(40, true),
  'string of 120 KB': () => `${MARK}${'x'.repeat(120_000)}`,
  'NUL inside text': () => `${MARK}\u0000nul`,
  'NUL alone': () => '\u0000',
  'lone surrogate': () => `${MARK}\ud800`,
  'prototype pollution keys': polluting,
  'mixed array': () => [MARK, { a: [null] }],
  null: () => null,
  true: () => true,
  zero: () => 0,
  'minus one': () => -1,
  'huge number': () => 1e308,
  'beyond int64': () => 2 ** 63,
  fraction: () => 0.5,
  'empty string': () => '',
  'empty array': () => [],
  'empty object': () => ({}),
};
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...Object.keys(HOSTILE_VALUES)).map((name) => {
    const value = HOSTILE_VALUES[name]();
    // fast-check prints the recipe's name instead of walking the value (not sent: a symbol key).
    if (typeof value === 'object' && value !== null)
      Object.defineProperty(value, fc.toStringMethod, { value: () => `<${name}>` });
    return value;
  }),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** Query and path values are strings: the hostile ones. */
const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '\u0000',
    `${MARK}\u0000`,
    '%00',
    '%',
    '%E0%A4%A',
    '9999999999999999999999',
    '-1',
    '1e308',
    'NaN',
    '[object Object]',
    '__proto__',
    '../../../../etc/passwd',
    Buffer.from(`{"forged":"${MARK}","id":"' OR 1=1 --"}`).toString('base64'),
    Buffer.from('\u0000\u0001\u0002').toString('base64url'),
    "' OR '1'='1",
    '2026-02-30',
    'x'.repeat(5_000),
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

/** Percent-encodes anything, lone surrogates included; a `%` the input carries stays raw. */
function encode(text: string): string {
  let encoded = '';
  for (const char of text) {
    try {
      encoded += encodeURIComponent(char);
    } catch {
      encoded += '%ED%A0%80';
    }
  }
  return encoded.replace(/%25/g, '%');
}

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
}
interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content?: Record<string, { schema?: OpenApiSchema }> };
}
interface OpenApiSchema {
  $ref?: string;
  properties?: Record<string, unknown>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, OpenApiSchema> };
}
interface Operation {
  method: string;
  path: string;
  query: string[];
  bodyFields: string[];
  hasBody: boolean;
}

function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  const resolve = (schema?: OpenApiSchema): OpenApiSchema | undefined =>
    schema?.$ref
      ? document.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')]
      : schema;
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const content = operation.requestBody?.content ?? {};
      const schema = resolve(Object.values(content)[0]?.schema);
      operations.push({
        method,
        path,
        query: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        bodyFields: Object.keys(schema?.properties ?? {}),
        hasBody: method !== 'get' && method !== 'delete',
      });
    }
  }
  return operations;
}

type Variant = 'body-whole' | 'body-field' | 'query' | 'path' | 'raw';
const RAW_BODIES: { type: string; body: string | Buffer }[] = [
  { type: 'application/json', body: '{"a": ' },
  { type: 'application/json', body: 'null' },
  { type: 'application/json', body: '"just a string"' },
  { type: 'application/json', body: '['.repeat(20_000) + ']'.repeat(20_000) },
  { type: 'application/json', body: `{"a":"${MARK}${'y'.repeat(2_000_000)}"}` },
  { type: 'application/json', body: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad]) },
  {
    type: 'application/x-www-form-urlencoded',
    body: `__proto__[polluted]=${MARK}&a[b][c][d][e][f][g][h][i][j][k]=1`,
  },
  { type: 'text/plain', body: `${MARK}\u0000` },
];

describe('hostile input: every route and socket event refuses cleanly', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let token: string;
  let caseId: string;
  let reportId: string;
  let userId: string;
  let operations: Operation[];
  const seen = { requests: 0, frames: 0, refused4xx: 0 };

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    const agency = await createAgency(owner, 'Hostile');
    const user = await createUser(owner, [[agency, 'admin']], { label: 'hostile-admin' });
    userId = user.id;
    token = (await signIn(testApp.url, user.email)).accessToken;
    const kase = await createCase(owner, agency, [[agency, 'lead']]);
    caseId = kase.id;
    reportId = kase.openReportId;
    const document = (await request(testApp.url).get('/api/docs-json').expect(200))
      .body as OpenApiDocument;
    operations = operationsOf(document);
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  /** A real id where the route names one (so validation past the lookup is reached), else hostile. */
  function fillPath(path: string, hostile: string | null): string {
    return path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      if (hostile !== null) return encode(hostile);
      if (name === 'id' || name === 'caseId') return caseId;
      if (name === 'reportId') return reportId;
      if (name === 'userId') return userId;
      return '00000000-0000-4000-8000-000000000000';
    });
  }

  function assertCleanRefusal(
    label: string,
    path: string,
    status: number,
    body: unknown,
    text: string,
  ) {
    expect({ label, serverError: status >= 500 }).toEqual({ label, serverError: false });
    if (status < 400) return;
    seen.refused4xx++;
    if (path.startsWith('/open311/')) {
      // GeoReport v2's own shape: [{ code, description }] in JSON, <errors><error><code> in XML
      // (the default for anything but a `.json` path).
      const xml = /^<\?xml[^>]*>\s*<errors><error><code>\d{3}<\/code><description>/.test(text);
      expect({
        label,
        shape: xml
          ? 'number'
          : Array.isArray(body) && typeof (body as { code?: unknown }[])[0]?.code,
      }).toEqual({
        label,
        shape: 'number',
      });
    } else {
      const error = body as {
        statusCode?: unknown;
        code?: unknown;
        message?: { id?: unknown; en?: unknown };
      };
      expect({
        label,
        statusCode: error.statusCode,
        code: typeof error.code,
        id: typeof error.message?.id,
        en: typeof error.message?.en,
      }).toEqual({ label, statusCode: status, code: 'string', id: 'string', en: 'string' });
    }
    // An error never echoes the hostile input back.
    expect({ label, echoes: text.includes(MARK) }).toEqual({ label, echoes: false });
  }

  async function send(
    operation: Operation,
    variant: Variant,
    value: unknown,
    text: string,
    authenticated: boolean,
  ): Promise<void> {
    const path = fillPath(operation.path, variant === 'path' ? text : null);
    let url = path;
    if (variant === 'query' && operation.query.length > 0) {
      const params = operation.query.map((name) => `${encode(name)}=${encode(text)}`);
      url += `?${params.join('&')}&__proto__[polluted]=${MARK}&constructor[prototype][polluted]=${MARK}`;
    }
    let call = request(testApp.url)[operation.method as 'get'](url).timeout(15_000);
    if (authenticated) call = call.set(bearer(token));
    if (variant === 'raw') {
      const raw = fc.sample(fc.constantFrom(...RAW_BODIES), {
        numRuns: 1,
        seed: SEED + seen.requests,
      })[0];
      call = call.set('Content-Type', raw.type);
      if (raw.body instanceof Buffer) call = call.set('Content-Encoding', 'gzip');
      call = call.send(raw.body);
    } else if (operation.hasBody) {
      const body =
        variant === 'body-whole'
          ? value
          : variant === 'body-field' && operation.bodyFields.length > 0
            ? Object.fromEntries(operation.bodyFields.map((field) => [field, value]))
            : { unexpectedField: value };
      call = call.set('Content-Type', 'application/json').send(toJson(body));
    }
    const response = await call;
    seen.requests++;
    const label = `${operation.method.toUpperCase()} ${url.slice(0, 160)} [${variant}${authenticated ? '' : ', anonymous'}]`;
    assertCleanRefusal(label, operation.path, response.status, response.body, response.text ?? '');
  }

  it('walks a complete document', () => {
    expect(operations.length).toBeGreaterThan(60);
    expect(operations.some((o) => o.path === '/api/cases/{id}' && o.method === 'patch')).toBe(true);
  });

  it(
    "answers every route's hostile bodies, queries and paths with a clean 4xx, never a 5xx",
    async () => {
      const variantArb = fc.constantFrom<Variant>(
        'body-whole',
        'body-field',
        'query',
        'path',
        'raw',
      );
      try {
        for (const [index, operation] of operations.entries()) {
          await fc.assert(
            fc.asyncProperty(
              variantArb,
              hostileValue,
              hostileText,
              fc.boolean(),
              async (variant, value, text, anonymous) => {
                await send(operation, variant, value, text, !anonymous);
              },
            ),
            { seed: SEED + index, numRuns: RUNS, endOnFailure: true },
          );
        }
      } catch (error) {
        throw new Error(
          `hostile input failed; rerun with HOSTILE_SEED=${SEED}\n${(error as Error).message}\n${String((error as Error).cause ?? '')}\n${((error as Error).cause as Error)?.stack ?? ''}`,
        );
      }
      // Nothing leaked into the process's prototypes.
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
      // The server is still healthy.
      await request(testApp.url).get('/api/health').expect(200);
      expect(seen.refused4xx).toBeGreaterThan(0);
    },
    Math.max(300_000, RUNS * 60_000),
  );

  it(
    "refuses every socket event's hostile payloads without echo or crash, and keeps serving",
    async () => {
      expect(everyClientEventListed).toBe(true);
      let socket: TestSocket = await connectSocket(testApp.url, token);
      const sendFrame = async (event: string, value: unknown, label: string) => {
        if (!socket.connected) socket = await connectSocket(testApp.url, token);
        let reply: unknown;
        try {
          // A hand-written frame, as a hostile client sends it (the client library would refuse
          // or overflow on some of these values before sending).
          reply = await emitRaw(socket, event, toJson(value));
        } catch {
          // No answer: only acceptable when the server ended a flooding socket (rate limit).
          expect({ label, answeredOrDisconnected: socket.disconnected }).toEqual({
            label,
            answeredOrDisconnected: true,
          });
          return;
        }
        seen.frames++;
        const error = (reply as { error?: { code?: unknown; message?: { id?: unknown } } }).error;
        expect({ label, code: typeof error?.code, id: typeof error?.message?.id }).toEqual({
          label,
          code: 'string',
          id: 'string',
        });
        expect({ label, echoes: JSON.stringify(reply).includes(MARK) }).toEqual({
          label,
          echoes: false,
        });
      };
      try {
        // Every named hostile value on every event, then random text and binary strings.
        for (const event of CLIENT_EVENTS)
          for (const [name, build] of Object.entries(HOSTILE_VALUES))
            await sendFrame(event, build(), `${event} ← ${name}`);
        await fc.assert(
          fc.asyncProperty(
            fc.constantFrom(...CLIENT_EVENTS),
            fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 })),
            async (event, text) => sendFrame(event, text, `${event} ← ${JSON.stringify(text)}`),
          ),
          { seed: SEED, numRuns: RUNS * 6, endOnFailure: true },
        );
      } catch (error) {
        throw new Error(
          `hostile socket input failed; rerun with HOSTILE_SEED=${SEED}\n${(error as Error).message}\n${String((error as Error).cause ?? '')}\n${((error as Error).cause as Error)?.stack ?? ''}`,
        );
      } finally {
        socket.close();
      }
      // Still serving: HTTP and a fresh socket's ping.
      await request(testApp.url).get('/api/health').expect(200);
      const fresh = await connectSocket(testApp.url, token);
      try {
        const pong = (await fresh
          .timeout(5_000)
          .emitWithAck(SOCKET_EVENTS.ping, { sentAt: Date.now() })) as { serverTime?: string };
        expect(typeof pong.serverTime).toBe('string');
      } finally {
        fresh.close();
      }
      expect(seen.frames).toBeGreaterThan(0);
    },
    Math.max(120_000, RUNS * 20_000),
  );
});
