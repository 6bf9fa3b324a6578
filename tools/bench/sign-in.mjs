#!/usr/bin/env node
// Sign-in latency at 4 concurrent sign-ins against the built API on a fresh database, with the
// rate limiter off for this run only. Baseline in the same run: argon2id verification alone at the
// same concurrency (the cost the API cannot avoid).
//   node tools/bench/sign-in.mjs [--requests 200] [--concurrency 4]
import { spawn } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { ensureBuilt } from '../lib/build.mjs';
import { createDatabase, dropDatabase, openTestServer } from '../lib/test-database.mjs';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const total = arg('requests', 200);
const concurrency = arg('concurrency', 4);
const port = 3991;
const PASSWORD = 'Simpul#Demo2026';
const USERS = [
  'petugas.malang',
  'admin.dpubm',
  'petugas.surabaya',
  'humas.dpubm',
  'admin.malang',
  'petugas.dishub',
].map((name) => `${name}@demo.simpul.id`);

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
function summary(label, samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const fmt = (v) => `${v.toFixed(1)} ms`;
  return `${label.padEnd(34)} n=${sorted.length}  p50 ${fmt(percentile(sorted, 50))}  p95 ${fmt(percentile(sorted, 95))}  p99 ${fmt(percentile(sorted, 99))}  max ${fmt(sorted.at(-1))}`;
}

async function runConcurrently(count, worker) {
  const samples = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const started = performance.now();
        await worker(i);
        samples.push(performance.now() - started);
      }
    }),
  );
  return samples;
}

ensureBuilt(root, console.log);
const server = await openTestServer(root, console.log);
const database = `simpul_bench_signin_${Date.now()}`;
const databaseUrl = await createDatabase(server.serverUrl, database);
const api = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
  cwd: root,
  env: {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    DEMO_MODE: 'true',
    RATE_LIMIT_ENABLED: 'false',
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const signIn = async (i) => {
    const response = await fetch(`http://127.0.0.1:${port}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: USERS[i % USERS.length], password: PASSWORD }),
    });
    if (response.status !== 200)
      throw new Error(`sign-in answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  };
  await runConcurrently(12, signIn); // warm-up
  const api200 = await runConcurrently(total, signIn);

  const argon2 = createRequire(join(root, 'package.json'))('argon2');
  const hash = await argon2.hash(PASSWORD, {
    type: argon2.argon2id,
    memoryCost: 19456,
    timeCost: 2,
    parallelism: 1,
  });
  const baseline = await runConcurrently(total, () => argon2.verify(hash, PASSWORD));

  console.log(
    `machine: ${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  console.log(
    `argon2id m=19456 KiB, t=2, p=1; concurrency ${concurrency}; rate limiter off for this run`,
  );
  console.log(summary('POST /api/auth/sign-in', api200));
  console.log(summary('baseline: argon2id verify only', baseline));
  const ratio =
    percentile(
      [...api200].sort((a, b) => a - b),
      95,
    ) /
    percentile(
      [...baseline].sort((a, b) => a - b),
      95,
    );
  console.log(`sign-in p95 / argon2 p95: ${ratio.toFixed(2)}×`);
} finally {
  api.kill('SIGTERM');
  await new Promise((resolve) => (api.exitCode !== null ? resolve() : api.once('exit', resolve)));
  await dropDatabase(server.serverUrl, database);
  await server.stop();
}
