#!/usr/bin/env node
// The inbox map (GET /api/cases/map, issue #14 item 5) at 1,000,000 cases: the map views officers
// use (the whole province, a regency, a few streets; with and without filters) under 4 concurrent
// clients, for the three readers of tools/bench/inbox.mjs.
//   node tools/bench/inbox-map.mjs [--requests 600] [--concurrency 4] [--tuned-postgres] [--no-build]
//   node tools/bench/inbox-map.mjs --url http://127.0.0.1:3000 [--users a@x,b@y] [--requests 60]
// Without --url it uses the database tools/bench/inbox.mjs seeds and keeps (simpul_bench_inbox, on
// the server of DATABASE_URL or, with --tuned-postgres, the dedicated cluster that script starts
// at port 54397): run that script once first (it seeds in 200–270 s). It starts the built API
// (dist/apps/api/main.js, or API_MAIN) on port 3993 against that database.
// With --url it measures an API that is already running (a smoke run on small data).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../lib/build.mjs';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const option = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const totalRequests = Number(option('requests') ?? 600);
const concurrency = Number(option('concurrency') ?? 4);
const PASSWORD = 'Simpul#Demo2026';
const DATABASE = 'simpul_bench_inbox';
const log = (line) => console.log(`[bench:map] ${line}`);

const USERS = (
  option('users') ??
  'petugas.malang@demo.simpul.id,petugas.surabaya@demo.simpul.id,admin.dpubm@demo.simpul.id'
).split(',');
// Map windows (west,south,east,north) and zooms the inbox map asks for.
const PROVINCE = 'bbox=110.8,-8.9,114.7,-6.6&zoom=8';
const REGENCY = 'bbox=112.3,-8.4,113.0,-7.7&zoom=11';
const STREETS = 'bbox=112.60,-7.86,112.66,-7.82&zoom=15';
const VIEWS = [
  { name: 'province, all cases', query: PROVINCE },
  {
    name: 'province, open statuses',
    query: `${PROVINCE}&status=new,verified,routed,in_progress,reopened`,
  },
  { name: 'regency, category', query: `${REGENCY}&category=jalan_rusak` },
  { name: 'regency, overdue', query: `${REGENCY}&sla=overdue` },
  { name: 'streets, all cases', query: STREETS },
  { name: 'province, my cases', query: `${PROVINCE}&assignee=me` },
  { name: 'province, text search', query: `${PROVINCE}&q=berlubang%20singosari` },
];

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const fmt = (v) => `${v.toFixed(1)} ms`;
function line(label, samples) {
  const s = [...samples].sort((a, b) => a - b);
  return `${label.padEnd(34)} n=${String(s.length).padStart(5)}  p50 ${fmt(percentile(s, 50)).padStart(9)}  p95 ${fmt(percentile(s, 95)).padStart(9)}  p99 ${fmt(percentile(s, 99)).padStart(9)}  max ${fmt(s.at(-1)).padStart(9)}`;
}

async function waitForHealth(base, child) {
  for (let i = 0; i < 600; i++) {
    if (child && child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('API did not answer');
}

async function startApi() {
  if (!process.argv.includes('--no-build') && !process.env.API_MAIN) ensureBuilt(root, log);
  const tuned = process.argv.includes('--tuned-postgres');
  const server = tuned
    ? 'postgres://postgres@127.0.0.1:54397'
    : (process.env.DATABASE_URL ?? '').replace(/\/[^/]*$/, '');
  if (!server) throw new Error('set DATABASE_URL (or --tuned-postgres, or --url)');
  const port = 3993;
  const child = spawn(
    process.execPath,
    [process.env.API_MAIN ?? join(root, 'dist/apps/api/main.js')],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: `${server}/${DATABASE}`,
        DEMO_MODE: 'true',
        RATE_LIMIT_ENABLED: 'false',
        LOG_LEVEL: 'warn',
        JOB_POLLING_SECONDS: '60',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, child);
  return {
    base,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

async function signIn(base, email) {
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in ${email}: ${response.status}`);
  return (await response.json()).accessToken;
}

const url = option('url');
const api = url ? { base: url, stop: async () => undefined } : await startApi();
try {
  const tokens = await Promise.all(USERS.map((email) => signIn(api.base, email)));
  const plan = tokens.flatMap((token, u) =>
    VIEWS.map((view) => ({ ...view, token, user: USERS[u] })),
  );
  // Warm-up: each request once; also the size of each answer.
  for (const item of plan) {
    const response = await fetch(`${api.base}/api/cases/map?${item.query}`, {
      headers: { authorization: `Bearer ${item.token}` },
    });
    if (response.status !== 200)
      throw new Error(`${item.name} (${item.user}): ${response.status} ${await response.text()}`);
    const page = await response.json();
    log(
      `${item.name.padEnd(26)} ${item.user.padEnd(34)} cells ${String(page.cells.length).padStart(3)}  in window ${page.inWindow}${page.totalIsEstimate ? ' (lower bound)' : ''}`,
    );
  }
  const samples = new Map();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < totalRequests) {
        const item = plan[next++ % plan.length];
        const started = performance.now();
        const response = await fetch(`${api.base}/api/cases/map?${item.query}`, {
          headers: { authorization: `Bearer ${item.token}` },
        });
        await response.arrayBuffer();
        const ms = performance.now() - started;
        if (response.status !== 200) throw new Error(`${item.name}: ${response.status}`);
        samples.set(item.name, [...(samples.get(item.name) ?? []), ms]);
      }
    }),
  );
  console.log(`\nGET /api/cases/map, ${totalRequests} requests, ${concurrency} concurrent`);
  for (const [name, values] of samples) console.log(line(name, values));
  console.log(line('all views', [...samples.values()].flat()));
} finally {
  await api.stop();
}
