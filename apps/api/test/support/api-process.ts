import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';

/**
 * Real API processes for tests that kill and restart them: the built bundle
 * (`dist/apps/api/main.js`, as `npm start` runs it) on free ports against the test database.
 * `tools/test.mjs` builds it before the integration suite; run alone, a missing build is made here.
 */
const ROOT = join(__dirname, '..', '..', '..', '..');
export const BUILT_API = join(ROOT, 'dist', 'apps', 'api', 'main.js');

export function ensureApiBuilt(): void {
  if (existsSync(BUILT_API)) return;
  const result = spawnSync('npx', ['nx', 'build', 'api', '--output-style=static'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  if (result.status !== 0 || !existsSync(BUILT_API)) throw new Error('API build failed');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ApiProcess {
  name: string;
  url: string;
  child: ChildProcess;
  pid: number;
  output: string[];
}

const running = new Set<ChildProcess>();

export async function startApi(
  name: string,
  env: Record<string, string> = {},
): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [BUILT_API], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: process.env['DATABASE_URL'] as string,
      DEMO_MODE: 'false',
      LOG_LEVEL: 'log',
      WEB_DIST_PATH: '/nonexistent',
      RATE_LIMIT_ENABLED: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(...chunk.toString().split('\n').filter(Boolean));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited ${child.exitCode}:\n${output.slice(-20).join('\n')}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${name} did not become healthy`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return { name, url, child, pid: child.pid as number, output };
}

/** Stops a process (SIGKILL: `kill -9`, no shutdown hooks) and waits for it to be gone. */
export async function stopApi(api: ApiProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (api.child.exitCode !== null || api.child.signalCode !== null) return;
  const exited = new Promise((resolve) => api.child.once('exit', resolve));
  api.child.kill(signal);
  await exited;
}

/** Last resort for afterAll: every API process this file started, by its own handle. */
export async function stopAllApis(): Promise<void> {
  await Promise.all(
    [...running].map(async (child) => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }),
  );
}

/** Which API process (by PID) holds the relay's advisory lock in the test database, if any. */
export async function relayLeaderPid(owner: DataSource): Promise<number | null> {
  const rows: { application_name: string }[] = await owner.query(
    `SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND ((l.classid::bigint << 32) | l.objid::bigint) = 7301946513`,
  );
  const match = rows[0]?.application_name.match(/^simpul-relay:(\d+)$/);
  return match ? Number(match[1]) : null;
}

export async function waitForLeader(owner: DataSource, pid: number, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while ((await relayLeaderPid(owner)) !== pid) {
    if (Date.now() > deadline) throw new Error(`process ${pid} did not become the relay`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface RedisServer {
  port: number;
  url: string;
  pid: number;
  stop(): Promise<void>;
  restart(): Promise<void>;
}

export function redisServerAvailable(): boolean {
  return spawnSync('redis-server', ['--version']).status === 0;
}

/**
 * A private redis-server on a free port (no persistence), controlled by its PID only: never the
 * machine's own Redis.
 */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const launch = async () => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const started = child;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('redis-server did not start')), 10_000);
      started.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      started.once('exit', (code) => reject(new Error(`redis-server exited ${code}`)));
    });
  };
  const stop = async () => {
    const current = child as ChildProcess | null;
    if (!current || current.exitCode !== null || current.signalCode !== null) return;
    const exited = new Promise((resolve) => current.once('exit', resolve));
    current.kill('SIGKILL');
    await exited;
  };
  await launch();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    get pid() {
      return (child as ChildProcess | null)?.pid ?? 0;
    },
    stop,
    restart: async () => {
      await stop();
      await launch();
    },
  };
}

/** Appends one case event as another writer would (the trigger puts it in the outbox). */
export async function appendEventAsOwner(owner: DataSource, caseId: string, note: string) {
  await owner.transaction(async (manager) => {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [[{ seq }]] = await manager.query(
      `UPDATE "case" SET last_event_seq = last_event_seq + 1 WHERE id = $1 RETURNING last_event_seq AS seq`,
      [caseId],
    );
    await manager.query(
      `INSERT INTO case_event (case_id, seq, type, after) VALUES ($1, $2, 'case.updated', $3)`,
      [caseId, seq, JSON.stringify({ note })],
    );
  });
  // What a writer outside the API does to wake the relay now rather than at its next poll.
  await owner.query(`SELECT pg_notify('simpul_outbox', '')`);
}
