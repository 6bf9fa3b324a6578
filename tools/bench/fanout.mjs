#!/usr/bin/env node
// Live fan-out of case events: comments posted through the real REST API (database write, outbox,
// relay, socket.io) until every client in the case room holds them.
//   A: 200 clients in one case room, 10 comments/s; in the same run the baseline, a bare socket.io
//      4.8 server (child process, no auth, no database) that answers a POST by broadcasting an
//      equally large message to 200 clients in one room at the same rate.
//   B: 1,000 clients in 100 case rooms, 100 comments/s over the rooms, with the API process's
//      event-loop delay (read over IPC from a preloaded probe, no API code involved).
// Every client lives in this process, so one clock (performance.now()) times everything: from just
// before the POST is sent to each client's receipt of the case:event carrying that comment's seq.
//   node tools/bench/fanout.mjs [--runs 3] [--seconds 30] [--only a,bare,b] [--no-build]
//        [--dump comments.jsonl] [--a-clients 200] [--a-rate 10] [--b-clients 1000] [--b-rooms 100] [--b-rate 100]
// For finding where the time goes (they change nothing measured): FANOUT_API_NODE_ARGS adds node
// options to the API process (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"), FANOUT_KEEP_DB=1 keeps
// the benchmark's database afterwards to replay its statements with EXPLAIN ANALYZE.
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as hdr from 'hdr-histogram-js';
import pg from 'pg';
import { Server } from 'socket.io';
import { io } from 'socket.io-client';
import { ensureBuilt } from '../lib/build.mjs';
import { createDatabase, dropDatabase, openTestServer } from '../lib/test-database.mjs';

const self = fileURLToPath(import.meta.url);
// monitorEventLoopDelay samples every ELD_RESOLUTION_MS and records the whole interval; the delay
// is what exceeds it (the same correction as in event-loop-probe.cjs).
const ELD_RESOLUTION_MS = 10;
const eldMs = (ns) => Math.max(0, ns / 1e6 - ELD_RESOLUTION_MS);
const root = dirname(dirname(dirname(self)));

// ---- The bare socket.io baseline server (child process) -------------------------------------
if (process.argv[2] === '--bare-server') {
  const http = createServer();
  const server = new Server(http, { serveClient: false });
  const seqs = new Map();
  let template = null;
  server.on('connection', (socket) => {
    socket.on('case:join', ({ caseId }, ack) => {
      socket.join(`case:${caseId}`);
      ack({ caseId, lastSeq: seqs.get(caseId) ?? 0 });
    });
  });
  http.on('request', (req, res) => {
    if (req.url?.startsWith('/socket.io')) return; // engine.io answers these
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString() || '{}');
      if (req.url === '/template') template = body;
      else {
        const caseId = body.caseId;
        const seq = (seqs.get(caseId) ?? 0) + 1;
        seqs.set(caseId, seq);
        const message = {
          caseId,
          event: {
            ...template.event,
            seq,
            after: { ...template.event.after, seq, body: body.body },
          },
        };
        server.to(`case:${caseId}`).emit('case:event', message);
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ comment: { seq } }));
        return;
      }
      res.writeHead(204).end();
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
  // One JSON line per measured comment (send time, answer, first and last receipt), for analysis.
  const dump = arg('dump', null);
  const seconds = Number(arg('seconds', 30));
  const only = new Set(String(arg('only', 'a,bare,b')).split(','));
  const A = { clients: Number(arg('a-clients', 200)), rate: Number(arg('a-rate', 10)) };
  const B = {
    clients: Number(arg('b-clients', 1000)),
    rooms: Number(arg('b-rooms', 100)),
    rate: Number(arg('b-rate', 100)),
  };
  const WARMUP_S = 3;
  const port = 3993;
  const barePort = 3994;
  const base = `http://127.0.0.1:${port}`;
  const PASSWORD = 'Simpul#Demo2026';
  const log = (line) => console.log(`[bench] ${line}`);
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const now = () => performance.now();

  // A's one case is led by UPT PJJ Malang, with Dinas Perhubungan invited as observer; DPU BM's
  // admin and pimpinan oversee the field unit. Its clients are these demo accounts.
  // B's cases are spread over B_AGENCIES field units and regency offices, each with one officer of
  // its own (created for the run with the demo password) who posts and watches from 20 sockets.
  const B_AGENCIES = Number(arg('b-agencies', 50));
  const A_POSTERS = ['petugas.malang', 'admin.malang'];
  const A_VIEWERS = [
    'petugas.malang',
    'admin.malang',
    'admin.dpubm',
    'pimpinan.dpubm',
    'petugas.dishub',
  ];

  // ---- statistics ----------------------------------------------------------------------------
  const histogram = () =>
    hdr.build({
      lowestDiscernibleValue: 1,
      highestTrackableValue: 3_600_000_000,
      numberOfSignificantValueDigits: 3,
    });
  const ms = (us) => us / 1000;
  function summarize(h) {
    return {
      n: h.totalCount,
      p50: ms(h.getValueAtPercentile(50)),
      p95: ms(h.getValueAtPercentile(95)),
      p99: ms(h.getValueAtPercentile(99)),
      max: ms(h.maxValue),
    };
  }
  const fmt = (v) => (v === undefined || Number.isNaN(v) ? '—' : `${v.toFixed(1)} ms`);
  const line = (label, s) =>
    `${label.padEnd(40)} n=${String(s.n).padStart(6)}  p50 ${fmt(s.p50).padStart(9)}  p95 ${fmt(s.p95).padStart(9)}  p99 ${fmt(s.p99).padStart(9)}  max ${fmt(s.max).padStart(9)}`;
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

  // ---- the API ---------------------------------------------------------------------------------
  function startApi(databaseUrl) {
    const child = spawn(
      process.execPath,
      [
        ...(process.env.FANOUT_API_NODE_ARGS ?? '').split(' ').filter(Boolean),
        '--require',
        join(root, 'tools/bench/event-loop-probe.cjs'),
        join(root, 'dist/apps/api/main.js'),
      ],
      {
        cwd: root,
        env: {
          ...process.env,
          PORT: String(port),
          DATABASE_URL: databaseUrl,
          DEMO_MODE: 'true',
          RATE_LIMIT_ENABLED: 'false',
          DATABASE_POOL_SIZE: '20',
          ACCESS_TOKEN_TTL_SECONDS: '7200',
          LOG_LEVEL: 'warn',
          JOB_POLLING_SECONDS: '60',
        },
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      },
    );
    const replies = [];
    child.on('message', (m) => replies.shift()?.(m));
    const ask = (message) =>
      new Promise((resolve) => {
        replies.push(resolve);
        child.send(message);
      });
    const ready = (async () => {
      for (;;) {
        if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
        try {
          if ((await fetch(`${base}/api/health`)).ok) return;
        } catch {
          // starting
        }
        await sleep(200);
      }
    })();
    const stop = async () => {
      if (child.connected) child.disconnect();
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
    };
    return { ready, stop, ask };
  }

  function startBare() {
    const child = spawn(process.execPath, [self, '--bare-server', String(barePort)], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const ready = new Promise((resolve, reject) => {
      child.once('message', resolve);
      child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
    });
    const stop = async () => {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
    };
    return { ready, stop };
  }

  async function call(path, { method = 'GET', token, body, url = base } = {}) {
    const response = await fetch(`${url}${path}`, {
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

  // ---- the client harness ------------------------------------------------------------------------
  /**
   * Opens `specs.length` websocket clients ({ auth, caseId }), joins each to its room, and records
   * every case:event (caseId, seq, receipt time) per client, plus how many other messages arrived.
   */
  async function openClients(url, specs) {
    const clients = [];
    let next = 0;
    const connectOne = async (spec) => {
      const socket = io(url, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        auth: spec.auth,
      });
      const client = {
        socket,
        caseId: spec.caseId,
        receipts: [],
        other: new Map(),
        disconnected: 0,
      };
      socket.on('case:event', (m) => client.receipts.push([m.caseId, m.event.seq, now()]));
      socket.onAny((event) => {
        if (event !== 'case:event') client.other.set(event, (client.other.get(event) ?? 0) + 1);
      });
      socket.on('disconnect', () => client.disconnected++);
      await new Promise((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      const reply = await socket.timeout(30_000).emitWithAck('case:join', { caseId: spec.caseId });
      if (reply.error) throw new Error(`case:join refused: ${JSON.stringify(reply.error)}`);
      clients.push(client);
    };
    await Promise.all(
      Array.from({ length: 25 }, async () => {
        while (next < specs.length) await connectOne(specs[next++]);
      }),
    );
    return clients;
  }

  function closeClients(clients) {
    for (const c of clients) c.socket.disconnect();
  }

  /**
   * Posts `rate` comments per second on a fixed schedule (round robin over `rooms`) for warm-up
   * plus `seconds`, waits for the stragglers, and computes delivery statistics for the measured
   * comments: per delivery, last receiver per comment, lost and duplicated (by seq per client).
   */
  async function drive({ label, clients, rooms, rate, post, onMeasureStart, onMeasureEnd }) {
    const total = Math.round((WARMUP_S + seconds) * rate);
    const warmup = Math.round(WARMUP_S * rate);
    const sent = []; // { caseId, sentAt, seq, measured }
    const inFlight = [];
    const loadGen = monitorEventLoopDelay({ resolution: ELD_RESOLUTION_MS });
    const t0 = now();
    let cpu = process.cpuUsage();
    let errors = 0;
    for (let i = 0; i < total; i++) {
      const due = t0 + (i * 1000) / rate;
      const wait = due - now();
      if (wait > 1) await sleep(wait);
      if (i === warmup) {
        loadGen.enable();
        cpu = process.cpuUsage();
        await onMeasureStart?.();
      }
      const room = rooms[i % rooms.length];
      const record = {
        caseId: room.caseId,
        sentAt: now(),
        seq: null,
        measured: i >= warmup,
        answeredAt: 0,
      };
      sent.push(record);
      inFlight.push(
        post(room, i)
          .then((seq) => {
            record.seq = seq;
            record.answeredAt = now();
          })
          .catch((error) => {
            errors++;
            if (errors <= 3) log(`POST failed: ${error.message}`);
          }),
      );
    }
    const lateness = now() - (t0 + ((total - 1) * 1000) / rate);
    await Promise.all(inFlight);
    loadGen.disable();
    const measuredSeconds = (now() - (t0 + (warmup * 1000) / rate)) / 1000;
    const loadGenCpu = process.cpuUsage(cpu);
    const api = await onMeasureEnd?.();
    const members = new Map(); // caseId -> client count
    for (const c of clients) members.set(c.caseId, (members.get(c.caseId) ?? 0) + 1);
    const expectedOf = (records) =>
      records.reduce((sum, r) => sum + (r.seq === null ? 0 : members.get(r.caseId)), 0);
    const measured = sent.filter((r) => r.measured && r.seq !== null);
    const key = (caseId, seq) => `${caseId}:${seq}`;
    const byKey = new Map(measured.map((r) => [key(r.caseId, r.seq), r]));
    const expected = expectedOf(measured);
    const counted = () => {
      let n = 0;
      for (const c of clients)
        for (const [caseId, seq] of c.receipts) if (byKey.has(key(caseId, seq))) n++;
      return n;
    };
    const deadline = now() + 10_000;
    while (counted() < expected && now() < deadline) await sleep(100);

    const perDelivery = histogram();
    const lastReceiver = histogram();
    const last = new Map();
    const first = new Map();
    let received = 0;
    // Deliveries missing on clients whose connection dropped during the run (the server ends a
    // socket that misses its pings: a starved load generator); a real client resyncs by seq.
    let missedWhileDisconnected = 0;
    const expectedPerRoom = new Map();
    for (const r of measured)
      expectedPerRoom.set(r.caseId, (expectedPerRoom.get(r.caseId) ?? 0) + 1);
    let duplicated = 0;
    let outOfOrder = 0;
    for (const c of clients) {
      const seen = new Set();
      let previous = 0;
      for (const [caseId, seq, at] of c.receipts) {
        if (caseId !== c.caseId) continue;
        if (seq < previous) outOfOrder++;
        previous = Math.max(previous, seq);
        const r = byKey.get(key(caseId, seq));
        if (!r) continue;
        if (seen.has(seq)) {
          duplicated++;
          continue;
        }
        seen.add(seq);
        received++;
        const latency = at - r.sentAt;
        perDelivery.recordValue(Math.max(1, Math.round(latency * 1000)));
        last.set(r, Math.max(last.get(r) ?? 0, latency));
        first.set(r, Math.min(first.get(r) ?? Infinity, at));
      }
      if (c.disconnected > 0)
        missedWhileDisconnected += (expectedPerRoom.get(c.caseId) ?? 0) - seen.size;
    }
    const response = histogram();
    for (const r of measured)
      response.recordValue(Math.max(1, Math.round((r.answeredAt - r.sentAt) * 1000)));
    // The fan-out itself: from the first to the last client of the room, per comment.
    const spread = histogram();
    for (const [r, at] of first)
      spread.recordValue(Math.max(1, Math.round((r.sentAt + last.get(r) - at) * 1000)));
    // How long after the POST's answer the first client had the event (0 when it came before).
    const afterAnswer = histogram();
    for (const [r, at] of first)
      afterAnswer.recordValue(Math.max(1, Math.round((at - r.answeredAt) * 1000)));
    if (dump)
      appendFileSync(
        dump,
        measured
          .map((r) =>
            JSON.stringify({
              scenario: label,
              caseId: r.caseId,
              seq: r.seq,
              sentAt: +r.sentAt.toFixed(2),
              answeredMs: +(r.answeredAt - r.sentAt).toFixed(2),
              firstMs: first.has(r) ? +(first.get(r) - r.sentAt).toFixed(2) : null,
              lastMs: last.has(r) ? +last.get(r).toFixed(2) : null,
            }),
          )
          .join('\n') + '\n',
      );
    for (const latency of last.values())
      lastReceiver.recordValue(Math.max(1, Math.round(latency * 1000)));
    return {
      comments: measured.length,
      postErrors: errors,
      expected,
      received,
      lost: expected - received - missedWhileDisconnected,
      missedWhileDisconnected,
      duplicated,
      outOfOrder,
      disconnected: clients.reduce((s, c) => s + c.disconnected, 0),
      otherMessages: (() => {
        const counts = new Map();
        for (const c of clients)
          for (const [event, n] of c.other) counts.set(event, (counts.get(event) ?? 0) + n);
        return [...counts].map(([event, n]) => `${event} ${n}`).join(', ') || 'none';
      })(),
      perDelivery: summarize(perDelivery),
      lastReceiver: summarize(lastReceiver),
      response: summarize(response),
      afterAnswer: summarize(afterAnswer),
      spread: summarize(spread),
      scheduleLagMs: lateness,
      // CPU per second of the measured part (1000 ms = one core busy).
      loadGenCpuMsPerS: (loadGenCpu.user + loadGenCpu.system) / 1000 / measuredSeconds,
      apiEld: api,
      apiCpuMsPerS: api ? api.cpuMs / measuredSeconds : undefined,
      apiCpuMsPerComment: api && measured.length > 0 ? api.cpuMs / measured.length : undefined,
      loadGenEld: {
        p50: eldMs(loadGen.percentile(50)),
        p99: eldMs(loadGen.percentile(99)),
        max: eldMs(loadGen.max),
      },
    };
  }

  // ---- set-up --------------------------------------------------------------------------------
  if (!process.argv.includes('--no-build')) ensureBuilt(root, log);
  const server = await openTestServer(root, log);
  const database = `simpul_bench_fanout_${Date.now()}`;
  const databaseUrl = await createDatabase(server.serverUrl, database);
  const api = startApi(databaseUrl);
  const bare = only.has('bare') ? startBare() : null;
  const results = { a: [], bare: [], b: [] };
  try {
    await api.ready;
    await bare?.ready;
    const owner = new pg.Client({ connectionString: databaseUrl });
    await owner.connect();
    const agencyIds = new Map(
      (await owner.query(`SELECT code, id FROM agency`)).rows.map((r) => [r.code, r.id]),
    );
    const bAgencies = (
      await owner.query(
        `SELECT id, code FROM agency WHERE active AND kind IN ('field_unit', 'regency_office')
          ORDER BY kind, code LIMIT $1`,
        [B_AGENCIES],
      )
    ).rows;
    const bOfficers = [];
    for (const agency of bAgencies) {
      const name = `bench.${agency.code}`;
      await owner.query(
        `WITH u AS (
           INSERT INTO app_user (email, name, password_hash)
           SELECT $1, $2, password_hash FROM app_user WHERE email = 'petugas.malang@demo.simpul.id'
           RETURNING id)
         INSERT INTO membership (user_id, agency_id, role) SELECT id, $3, 'petugas' FROM u`,
        [`${name}@demo.simpul.id`, `Petugas Uji ${agency.code}`, agency.id],
      );
      bOfficers.push(name);
    }
    await owner.end();
    const tokens = new Map();
    const signIn = async (name) =>
      tokens.set(
        name,
        (
          await call('/api/auth/sign-in', {
            method: 'POST',
            body: { email: `${name}@demo.simpul.id`, password: PASSWORD },
          })
        ).accessToken,
      );
    for (const name of [...A_VIEWERS, ...(only.has('b') ? bOfficers : [])]) await signIn(name);
    const newCase = (poster, n) =>
      call('/api/cases', {
        method: 'POST',
        token: tokens.get(poster),
        body: {
          title: `Uji fan-out ${n}: jalan berlubang di Jl. Raya Lawang km ${n}`,
          description: 'Kasus untuk uji beban siaran langsung (benchmark).',
          classification: 'pengaduan',
          channel: 'phone',
          category: 'jalan_rusak',
          reporter: { name: 'Warga Uji', anonymous: false, confidential: false },
        },
      });
    // A's case: UPT PJJ Malang leads, Dinas Perhubungan observes.
    const caseA = (await newCase('petugas.malang', 0)).id;
    await call(`/api/cases/${caseA}/observers`, {
      method: 'POST',
      token: tokens.get('admin.malang'),
      body: { agencyId: agencyIds.get('dishub-jatim'), reason: 'Rambu dan lalu lintas di lokasi.' },
    });
    // B's cases: spread over the agencies, each led by the agency whose officer watches it.
    const casesB = [];
    if (only.has('b'))
      for (let i = 0; i < B.rooms; i++) {
        const officer = bOfficers[i % bOfficers.length];
        casesB.push({ caseId: (await newCase(officer, i + 1)).id, officer });
      }
    log(`${1 + casesB.length} cases created through the API`);

    // One real comment, caught by a client, is the baseline's payload template.
    const probe = await openClients(base, [
      { auth: { token: tokens.get('petugas.malang') }, caseId: caseA },
    ]);
    await call(`/api/cases/${caseA}/comments`, {
      method: 'POST',
      token: tokens.get('petugas.malang'),
      body: { visibility: 'internal', body: 'Tim sudah di lokasi, mulai penambalan pukul 09.00.' },
    });
    let template = null;
    probe[0].socket.on('case:event', (m) => (template = m));
    while (!template) await sleep(20);
    closeClients(probe);
    const templateBytes = Buffer.byteLength(JSON.stringify(template));
    if (bare)
      await call('/template', {
        method: 'POST',
        body: template,
        url: `http://127.0.0.1:${barePort}`,
      });

    const commentBody = (i) =>
      `Pembaruan lapangan #${i}: penambalan berjalan, lalu lintas dialihkan sementara.`;
    const postComment = (poster) => async (room, i) =>
      (
        await call(`/api/cases/${room.caseId}/comments`, {
          method: 'POST',
          token: tokens.get(poster(i)),
          body: { visibility: 'internal', body: commentBody(i) },
        })
      ).comment.seq;

    for (let run = 1; run <= runs; run++) {
      log(
        `run ${run}/${runs} (load average ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')})`,
      );
      if (only.has('bare')) {
        const specs = Array.from({ length: A.clients }, () => ({ auth: {}, caseId: 'bare-room' }));
        const clients = await openClients(`http://127.0.0.1:${barePort}`, specs);
        const r = await drive({
          label: 'bare',
          clients,
          rooms: [{ caseId: 'bare-room' }],
          rate: A.rate,
          post: async (room, i) =>
            (
              await call('/emit', {
                method: 'POST',
                url: `http://127.0.0.1:${barePort}`,
                body: { caseId: room.caseId, body: commentBody(i) },
              })
            ).comment.seq,
        });
        closeClients(clients);
        results.bare.push(r);
        log(line(`  bare  per delivery`, r.perDelivery));
        await sleep(1000);
      }
      if (only.has('a')) {
        const specs = Array.from({ length: A.clients }, (_, i) => ({
          auth: { token: tokens.get(A_VIEWERS[i % A_VIEWERS.length]) },
          caseId: caseA,
        }));
        const clients = await openClients(base, specs);
        await sleep(1000);
        const r = await drive({
          label: 'A',
          onMeasureStart: () => api.ask('eld:reset'),
          onMeasureEnd: () => api.ask('eld:read'),
          clients,
          rooms: [{ caseId: caseA }],
          rate: A.rate,
          post: postComment((i) => A_POSTERS[i % A_POSTERS.length]),
        });
        closeClients(clients);
        results.a.push(r);
        log(line(`  A     per delivery`, r.perDelivery));
        await sleep(1000);
      }
      if (only.has('b')) {
        const specs = Array.from({ length: B.clients }, (_, i) => {
          const room = casesB[i % casesB.length];
          return { auth: { token: tokens.get(room.officer) }, caseId: room.caseId };
        });
        const clients = await openClients(base, specs);
        await sleep(2000);
        const r = await drive({
          label: 'B',
          onMeasureStart: () => api.ask('eld:reset'),
          onMeasureEnd: () => api.ask('eld:read'),
          clients,
          rooms: casesB,
          rate: B.rate,
          post: (room, i) => postComment(() => room.officer)(room, i),
        });
        closeClients(clients);
        results.b.push(r);
        log(line(`  B     per delivery`, r.perDelivery));
        await sleep(1000);
      }
    }

    // ---- report ----------------------------------------------------------------------------------
    console.log('');
    console.log(
      `machine: ${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average now ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    console.log(`command: node tools/bench/fanout.mjs ${process.argv.slice(2).join(' ')}`.trim());
    console.log(
      `each run: ${WARMUP_S} s warm-up + ${seconds} s measured; case:event message ${templateBytes} bytes of JSON; rate limiter off, DATABASE_POOL_SIZE=20; the load generator and all clients share the same ${cpus().length} cores with the API, PostgreSQL and the baseline server`,
    );
    const report = (title, list, targets) => {
      if (list.length === 0) return null;
      console.log('');
      console.log(title);
      list.forEach((r, i) => {
        console.log(
          `  run ${i + 1}: ${r.comments} comments, ${r.expected} expected deliveries, received ${r.received}, lost ${r.lost} (+ ${r.missedWhileDisconnected} missed by clients whose connection dropped), duplicated ${r.duplicated}, out of order ${r.outOfOrder}, POST errors ${r.postErrors}, disconnects ${r.disconnected}, other messages: ${r.otherMessages}`,
        );
        console.log(line('    per delivery', r.perDelivery));
        console.log(line('    last receiver per comment', r.lastReceiver));
        console.log(line('    POST answered (for comparison)', r.response));
        console.log(line('    first receipt after the answer', r.afterAnswer));
        console.log(line('    first to last client of the room', r.spread));
        console.log(
          `    load generator event-loop delay p50 ${fmt(r.loadGenEld.p50)} p99 ${fmt(r.loadGenEld.p99)} max ${fmt(r.loadGenEld.max)}; schedule lag at end ${fmt(r.scheduleLagMs)}; load generator CPU ${r.loadGenCpuMsPerS.toFixed(0)} ms/s` +
            (r.apiEld
              ? `; API CPU ${r.apiCpuMsPerS.toFixed(0)} ms/s (${r.apiCpuMsPerComment.toFixed(1)} ms per comment)`
              : '') +
            (r.apiEld
              ? `; API event-loop delay p50 ${fmt(r.apiEld.p50)} p99 ${fmt(r.apiEld.p99)} max ${fmt(r.apiEld.max)}`
              : ''),
        );
      });
      const m = {
        delivery: median(list.map((r) => r.perDelivery.p99)),
        deliveryP50: median(list.map((r) => r.perDelivery.p50)),
        last: median(list.map((r) => r.lastReceiver.p99)),
        lost: list.reduce((s, r) => s + r.lost, 0),
        duplicated: list.reduce((s, r) => s + r.duplicated, 0),
        apiEld: list[0].apiEld ? median(list.map((r) => r.apiEld.p99)) : undefined,
      };
      console.log(
        `  median of ${list.length} runs: per-delivery p50 ${fmt(m.deliveryP50)}, p99 ${fmt(m.delivery)}; last-receiver p99 ${fmt(m.last)}; lost ${m.lost}, duplicated ${m.duplicated} (all runs)` +
          (m.apiEld !== undefined ? `; API event-loop delay p99 ${fmt(m.apiEld)}` : ''),
      );
      if (targets) console.log(`  ${targets(m)}`);
      return m;
    };
    const verdict = (ok) => (ok ? 'MET' : 'NOT MET');
    const a = report(
      `A: ${A.clients} clients in one case room, ${A.rate} comments/s through POST /api/cases/:id/comments`,
      results.a,
      (m) =>
        `targets: per-delivery p99 < 50 ms ${verdict(m.delivery < 50)}, last-receiver p99 < 75 ms ${verdict(m.last < 75)}, 0 lost ${verdict(m.lost === 0)}, 0 duplicated ${verdict(m.duplicated === 0)}`,
    );
    const b0 = report(
      `baseline: bare socket.io ${A.clients} clients in one room, ${A.rate} POST /emit per s (no auth, no database)`,
      results.bare,
    );
    if (a && b0)
      console.log(
        `\nratio ours / bare: per-delivery p99 ${(a.delivery / b0.delivery).toFixed(1)}×, last-receiver p99 ${(a.last / b0.last).toFixed(1)}×, p50 ${(a.deliveryP50 / b0.deliveryP50).toFixed(1)}×`,
      );
    report(
      `B: ${B.clients} clients in ${B.rooms} case rooms, ${B.rate} comments/s over the rooms`,
      results.b,
      (m) =>
        `targets: delivery p99 < 100 ms ${verdict(m.delivery < 100)}, API event-loop delay p99 < 50 ms ${verdict(m.apiEld < 50)}, 0 lost ${verdict(m.lost === 0)}, 0 duplicated ${verdict(m.duplicated === 0)}`,
    );
  } finally {
    await bare?.stop();
    await api.stop();
    if (!process.env.FANOUT_KEEP_DB) await dropDatabase(server.serverUrl, database);
    await server.stop();
  }
}
