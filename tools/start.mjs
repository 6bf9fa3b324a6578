#!/usr/bin/env node
// `npm start`: builds what is missing, starts an embedded PostgreSQL when DATABASE_URL is unset,
// runs the API (which migrates and seeds) serving the web app, and shuts all of it down on
// SIGINT/SIGTERM.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './lib/build.mjs';
import { resolveDataDir } from './lib/data-dir.mjs';
import { startEmbeddedPostgres } from './lib/embedded-postgres.mjs';
import { productionMemorySettings } from './lib/postgres-settings.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const log = (line) => console.log(`[simpul] ${line}`);
if (existsSync(join(root, '.env'))) process.loadEnvFile(join(root, '.env'));

const startedAt = Date.now();
let database = null;
let api = null;
let stopping = false;

async function shutdown(exitCode) {
  if (stopping) return;
  stopping = true;
  if (api && api.exitCode === null && api.signalCode === null) {
    api.kill('SIGTERM');
    await new Promise((resolve) => api.once('exit', resolve));
  }
  if (database) {
    log('Menghentikan basis data bawaan / stopping the embedded database…');
    await database.stop().catch((error) => console.error(error));
  }
  process.exit(exitCode);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
process.on('SIGHUP', () => void shutdown(0));
// If whatever started us dies without passing a signal on, do not leave the product running.
const parentPid = process.ppid;
setInterval(() => {
  if (process.ppid !== parentPid) void shutdown(0);
}, 1000).unref();

try {
  ensureBuilt(root, log);
  const env = { ...process.env };
  if (!env.DATABASE_URL) {
    const dataDir = resolveDataDir(root, env.DATA_DIR);
    database = await startEmbeddedPostgres({
      dataDir,
      port: Number(env.EMBEDDED_DB_PORT || 54329),
      log,
    });
    env.DATABASE_URL = database.url;
    // Demo content is on by default for a local install; DEMO_MODE=false turns it off.
    env.DEMO_MODE ??= 'true';
    const memory = productionMemorySettings();
    log(
      `Basis data bawaan siap / embedded PostgreSQL ready (${dataDir}; shared_buffers ${memory.shared_buffers}, effective_cache_size ${memory.effective_cache_size})`,
    );
  }
  if (stopping) process.exit(0);
  api = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist/apps/api/main.js')], {
    cwd: root,
    env: { ...env, SIMPUL_STARTED_AT: String(startedAt) },
    stdio: 'inherit',
  });
  api.on('exit', (code, signal) => {
    if (stopping) return;
    log(`API berhenti / API exited (${signal ?? code})`);
    void shutdown(code ?? 1);
  });
} catch (error) {
  console.error(`[simpul] ${error.message}`);
  await shutdown(1);
}
