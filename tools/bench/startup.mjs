#!/usr/bin/env node
// Time from `npm start` to a 200 on /api/health: cold (fresh data directory: initdb, migrations,
// seed) and warm (second start on the same data), the build already present. Baseline in the same
// run: starting the bare embedded PostgreSQL alone on warm data.
//   node tools/bench/startup.mjs [--runs 3]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../lib/build.mjs';
import { startEmbeddedPostgres } from '../lib/embedded-postgres.mjs';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const port = 3990;
const dbPort = 54359;

async function timeStart(dataDir) {
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      PORT: String(port),
      DATA_DIR: dataDir,
      EMBEDDED_DB_PORT: String(dbPort),
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    return performance.now() - started;
  } finally {
    process.kill(-child.pid, 'SIGTERM');
    await new Promise((resolve) =>
      child.exitCode !== null ? resolve() : child.once('exit', resolve),
    );
    await new Promise((r) => setTimeout(r, 500));
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

ensureBuilt(root, console.log);
const cold = [];
const warm = [];
const bare = [];
for (let i = 0; i < runs; i++) {
  const dataDir = mkdtempSync('/tmp/simpul-bench-');
  chmodSync(dataDir, 0o755);
  try {
    cold.push(await timeStart(dataDir));
    warm.push(await timeStart(dataDir));
    const t = performance.now();
    const db = await startEmbeddedPostgres({ dataDir, port: dbPort, log: () => undefined });
    bare.push(performance.now() - t);
    await db.stop();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
console.log(
  `machine: ${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
console.log(`runs: ${runs}`);
console.log(
  `cold start to healthy (fresh data): median ${seconds(median(cold))}  [${cold.map(seconds).join(', ')}]`,
);
console.log(
  `warm start to healthy (same data):  median ${seconds(median(warm))}  [${warm.map(seconds).join(', ')}]`,
);
console.log(`baseline: bare embedded PostgreSQL start (warm): median ${seconds(median(bare))}`);
console.log(`warm start / baseline: ${(median(warm) / median(bare)).toFixed(1)}×`);
