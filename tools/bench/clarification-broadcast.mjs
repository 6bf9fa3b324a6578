#!/usr/bin/env node
// Live co-editing broadcast of a hoax clarification draft (issue #15): 20 editors in one draft,
// each sending small Yjs updates (a few characters typed into one section) over the real API's
// socket.io channel (`clarification:update`: access policy, validation, storage in PostgreSQL,
// then the broadcast), timed from just before the emit to each of the other 19 editors' receipt.
// In the same run the baseline: a bare socket.io 4.8 server (child process, no auth, no database)
// relaying the same updates to the same 20 clients in one room.
//   node tools/bench/clarification-broadcast.mjs [--runs 3] [--seconds 20] [--editors 20]
//        [--rate 2] [--no-build]
// --rate is updates per second per editor (20 editors × 2/s = 40 updates/s into the draft, each
// fanned out to 19 clients); the browser batches keystrokes every 100 ms, so a fast typist sends
// at most 10/s, and 20 people do not all type at once.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as hdr from 'hdr-histogram-js';
import pg from 'pg';
import { Server } from 'socket.io';
import { io } from 'socket.io-client';
import * as Y from 'yjs';
import { ensureBuilt } from '../lib/build.mjs';
import { createDatabase, dropDatabase, openTestServer } from '../lib/test-database.mjs';

const self = fileURLToPath(import.meta.url);
const root = dirname(dirname(dirname(self)));

if (process.argv[2] === '--bare-server') {
  const http = createServer();
  const server = new Server(http, { serveClient: false });
  server.on('connection', (socket) => {
    socket.on('clarification:join', ({ draftId }, ack) => {
      socket.join(`clarification:${draftId}`);
      ack({ update: new Uint8Array([0, 0]), stateVector: new Uint8Array([0]), canEdit: true });
    });
    socket.on('clarification:update', ({ draftId, update }, ack) => {
      socket.to(`clarification:${draftId}`).emit('clarification:update', { draftId, update });
      ack({ ok: true });
    });
  });
  http.listen(Number(process.argv[3]), '127.0.0.1', () => process.send?.('ready'));
  process.on('disconnect', () => process.exit(0));
} else {
  await main();
}

async function main() {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const runs = Number(arg('runs', 3));
  const seconds = Number(arg('seconds', 20));
  const editors = Number(arg('editors', 20));
  const rate = Number(arg('rate', 2));
  const port = 3995;
  const barePort = 3996;
  const base = `http://127.0.0.1:${port}`;
  const PASSWORD = 'Simpul#Demo2026';
  const log = (line) => console.log(`[bench] ${line}`);
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const now = () => performance.now();

  const histogram = () =>
    hdr.build({
      lowestDiscernibleValue: 1,
      highestTrackableValue: 3_600_000_000,
      numberOfSignificantValueDigits: 3,
    });
  const summarize = (h) => ({
    n: h.totalCount,
    p50: h.getValueAtPercentile(50) / 1000,
    p95: h.getValueAtPercentile(95) / 1000,
    p99: h.getValueAtPercentile(99) / 1000,
    max: h.maxValue / 1000,
  });
  const fmt = (v) => `${v.toFixed(1)} ms`;
  const line = (label, s) =>
    `${label.padEnd(36)} n=${String(s.n).padStart(6)}  p50 ${fmt(s.p50).padStart(9)}  p95 ${fmt(s.p95).padStart(9)}  p99 ${fmt(s.p99).padStart(9)}  max ${fmt(s.max).padStart(9)}`;

  function child(args, env) {
    const proc = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const stop = async () => {
      if (proc.connected) proc.disconnect();
      proc.kill('SIGTERM');
      await new Promise((r) => (proc.exitCode !== null ? r() : proc.once('exit', r)));
    };
    return { proc, stop };
  }

  async function call(path, { method = 'GET', token, body } = {}) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  }

  /** Opens the editors, joins them to the draft, drives `rate` updates/s each, returns the histogram. */
  async function drive(label, url, tokens, draftId) {
    const clients = await Promise.all(
      tokens.map(
        (token) =>
          new Promise((resolve, reject) => {
            const socket = io(url, {
              transports: ['websocket'],
              reconnection: false,
              forceNew: true,
              auth: { token },
            });
            socket.once('connect', () => resolve(socket));
            socket.once('connect_error', reject);
          }),
      ),
    );
    const sent = new Map();
    const h = histogram();
    let measuring = false;
    let refused = 0;
    const docs = [];
    for (const socket of clients) {
      const doc = new Y.Doc();
      docs.push(doc);
      const reply = await socket
        .timeout(10_000)
        .emitWithAck('clarification:join', { draftId, stateVector: Y.encodeStateVector(doc) });
      if (reply.error) throw new Error(`${label}: join refused ${JSON.stringify(reply.error)}`);
      Y.applyUpdate(doc, new Uint8Array(reply.update));
      socket.on('clarification:update', ({ update }) => {
        const bytes = new Uint8Array(update);
        const key = Buffer.from(bytes).toString('base64');
        const at = sent.get(key);
        if (at !== undefined && measuring)
          h.recordValue(Math.max(1, Math.round((now() - at) * 1000)));
        Y.applyUpdate(doc, bytes, 'remote');
      });
    }
    const typeOnce = async (i) => {
      const doc = docs[i];
      let update = null;
      const grab = (u, origin) => {
        if (origin !== 'remote') update = u;
      };
      doc.on('update', grab);
      const text = doc.getText('penjelasan');
      text.insert(Math.floor(Math.random() * (text.length + 1)), `e${i} `);
      doc.off('update', grab);
      sent.set(Buffer.from(update).toString('base64'), now());
      const reply = await clients[i]
        .timeout(10_000)
        .emitWithAck('clarification:update', { draftId, update });
      if (reply.error) refused++;
    };
    const timers = [];
    const start = now();
    for (let i = 0; i < clients.length; i++) {
      // Spread the editors' ticks over the interval.
      const offset = (1000 / rate) * (i / clients.length);
      timers.push(
        setTimeout(() => {
          timers.push(setInterval(() => void typeOnce(i).catch(() => refused++), 1000 / rate));
        }, offset),
      );
    }
    await sleep(2000);
    measuring = true;
    await sleep(seconds * 1000);
    measuring = false;
    for (const t of timers) {
      clearTimeout(t);
      clearInterval(t);
    }
    await sleep(1000);
    const texts = new Set(docs.map((d) => d.getText('penjelasan').toString()));
    for (const socket of clients) socket.disconnect();
    log(
      `${label}: ${((now() - start) / 1000).toFixed(0)} s, ${refused} refused, editors converged: ${texts.size === 1}`,
    );
    return summarize(h);
  }

  if (!process.argv.includes('--no-build')) ensureBuilt(root, log);
  const server = await openTestServer(root, log);
  const database = `simpul_bench_clarification_${Date.now()}`;
  const databaseUrl = await createDatabase(server.serverUrl, database);
  const api = child([join(root, 'dist/apps/api/main.js')], {
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    DEMO_MODE: 'true',
    RATE_LIMIT_ENABLED: 'false',
    DATABASE_POOL_SIZE: '20',
    ACCESS_TOKEN_TTL_SECONDS: '7200',
    LOG_LEVEL: 'warn',
    JOB_POLLING_SECONDS: '60',
  });
  const bare = child([self, '--bare-server', String(barePort)], {});
  const results = { api: [], bare: [] };
  try {
    for (;;) {
      if (api.proc.exitCode !== null) throw new Error(`API exited with ${api.proc.exitCode}`);
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        /* starting */
      }
      await sleep(200);
    }
    const owner = new pg.Client({ connectionString: databaseUrl });
    await owner.connect();
    const names = [];
    for (let i = 0; i < editors; i++) {
      const name = `bench.humas.${i}`;
      await owner.query(
        `WITH u AS (
           INSERT INTO app_user (email, name, password_hash)
           SELECT $1, $2, password_hash FROM app_user WHERE email = 'humas.dpubm@demo.simpul.id'
           RETURNING id)
         INSERT INTO membership (user_id, agency_id, role)
         SELECT u.id, m.agency_id, 'humas' FROM u, membership m JOIN app_user h ON h.id = m.user_id
         WHERE h.email = 'humas.dpubm@demo.simpul.id' AND m.role = 'humas'`,
        [`${name}@demo.simpul.id`, `Humas Uji ${i}`],
      );
      names.push(name);
    }
    await owner.end();
    const tokens = [];
    for (const name of names)
      tokens.push(
        (
          await call('/api/auth/sign-in', {
            method: 'POST',
            body: { email: `${name}@demo.simpul.id`, password: PASSWORD },
          })
        ).accessToken,
      );
    const { id: draftId } = await call('/api/clarifications', {
      method: 'POST',
      token: tokens[0],
      body: {
        label: 'HOAKS',
        title: 'Uji siaran',
        narrative: 'Klaim uji beban',
        platform: 'WhatsApp',
      },
    });
    for (let run = 1; run <= runs; run++) {
      const a = await drive(`run ${run} API`, base, tokens, draftId);
      results.api.push(a);
      log(line(`run ${run} API (${editors} editors)`, a));
      const b = await drive(`run ${run} bare`, `http://127.0.0.1:${barePort}`, tokens, draftId);
      results.bare.push(b);
      log(line(`run ${run} bare Yjs relay`, b));
    }
    const p99s = results.api.map((r) => r.p99).sort((x, y) => x - y);
    const median = p99s[Math.floor(p99s.length / 2)];
    log(
      `cores ${cpus().length}, load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    log(`median p99 (API): ${fmt(median)}, target < 50 ms: ${median < 50 ? 'met' : 'NOT met'}`);
  } finally {
    await api.stop();
    await bare.stop();
    await dropDatabase(server.serverUrl, database).catch(() => undefined);
    await server.stop();
  }
}
