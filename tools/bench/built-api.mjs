// One API process from the build (dist/apps/api/main.js) for a benchmark: demo mode, rate limiter
// off, quiet logs; `ready` resolves once /api/health answers, `stop` ends it (SIGTERM).
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * @param {{ root: string, dist: string, port: number, databaseUrl: string, env?: Record<string, string> }} options
 *   `root` is the checkout it runs in, `dist` the build folder holding apps/api/main.js; `env` adds
 *   to or overrides the defaults.
 */
export function startBuiltApi({ root, dist, port, databaseUrl, env = {} }) {
  const child = spawn(process.execPath, [join(dist, 'apps/api/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DEMO_MODE: 'true',
      RATE_LIMIT_ENABLED: 'false',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const ready = (async () => {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
      } catch {
        // starting
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
  };
  return { pid: child.pid, ready, stop };
}
