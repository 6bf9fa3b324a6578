// Builds the API and the web app when their output is missing or older than their sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = [
  'apps/api/src',
  'apps/web/src',
  'apps/web/public',
  'libs',
  'package-lock.json',
  'tsconfig.base.json',
  'apps/api/project.json',
  'apps/web/project.json',
  'apps/web/.env.bundle',
  'tools/compress-web.mjs',
  'tools/web-preload-manifest.mjs',
  'apps/api/webpack.config.js',
];
const OUTPUTS = ['dist/apps/api/main.js', 'dist/apps/web/browser/index.html'];
const STAMP = 'dist/.build-stamp';

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    // Tests do not change what is built.
    if (entry === 'node_modules' || /\.(spec|int-spec|e2e-spec)\.ts$/.test(entry)) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function buildIsCurrent(root) {
  const stamp = join(root, STAMP);
  if (!existsSync(stamp) || OUTPUTS.some((o) => !existsSync(join(root, o)))) return false;
  const built = statSync(stamp).mtimeMs;
  return SOURCES.every((source) => newestMtime(join(root, source)) <= built);
}

/** Runs the production build of api and web through Nx; throws when it fails. */
export function build(root, log = console.log) {
  const started = Date.now();
  log('Membangun aplikasi (sekali saja, ±30 detik) / building the app (once, about 30 s)…');
  const result = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    },
  );
  if (result.status !== 0) throw new Error('build failed / gagal membangun aplikasi');
  writeFileSync(join(root, STAMP), new Date().toISOString());
  log(`Selesai dibangun / built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export function ensureBuilt(root, log) {
  if (!buildIsCurrent(root)) build(root, log);
}
