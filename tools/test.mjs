#!/usr/bin/env node
// `npm test`: every unit, integration and browser suite, each with its count and duration, then
// one summary line `N passed, N failed[, N skipped]`. Exit code 1 on any failure. Under CI=true
// a skipped test is a failure (named in the output): nothing skips silently.
//   node tools/test.mjs [--only api-unit,api-integration,web-unit,e2e]
//   node tools/test.mjs --only abuse   (`npm run test:abuse`: the long hostile-input and privilege
//   runs, not part of the default selection)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './lib/build.mjs';
import { createDatabase, dropDatabase, openTestServer } from './lib/test-database.mjs';
import { isCi, jestSkippedTests, verdict } from './lib/test-results.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const resultsDir = join(root, 'tmp', 'test-results');
const log = (line) => console.log(`[test] ${line}`);
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1].split(',') : null;
const runId = `${Date.now().toString(36)}_${process.pid}`;
const baseEnv = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: '0' };

function run(command, args, env = baseEnv) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (stream, target) =>
      stream.on('data', (chunk) => {
        output += chunk;
        target.write(chunk);
      });
    collect(child.stdout, process.stdout);
    collect(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function jestSuite(name, config, env, extraArgs = []) {
  const outputFile = join(resultsDir, `${name}.json`);
  rmSync(outputFile, { force: true });
  const { code } = await run(
    'npx',
    ['jest', '--config', config, '--json', `--outputFile=${outputFile}`, '--ci', ...extraArgs],
    env,
  );
  if (!existsSync(outputFile))
    return { passed: 0, failed: 1, skipped: 0, note: `jest exited ${code} without results` };
  const report = JSON.parse(readFileSync(outputFile, 'utf8'));
  // A suite that fails to load has no test results but counts as a failure.
  const brokenFiles = report.numRuntimeErrorTestSuites ?? 0;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: report.numPendingTests + report.numTodoTests,
    skippedNames: jestSkippedTests(report),
    exitCode: code,
  };
}

async function karmaSuite() {
  const { code, output } = await run('npx', [
    'nx',
    'test',
    'web',
    '--output-style=static',
    '--skip-nx-cache',
  ]);
  const totals = [
    ...output.matchAll(/TOTAL: (?:(\d+) FAILED, )?(\d+) SUCCESS|TOTAL: (\d+) FAILED/g),
  ].pop();
  const skippedMatch = [...output.matchAll(/\(skipped (\d+)\)/g)].pop();
  if (!totals)
    return { passed: 0, failed: 1, skipped: 0, note: `karma exited ${code} without a total` };
  return {
    passed: Number(totals[2] ?? 0),
    failed: Number(totals[1] ?? totals[3] ?? 0),
    skipped: Number(skippedMatch?.[1] ?? 0),
    exitCode: code,
  };
}

async function waitForHealth(url, api, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.exitCode !== null)
      throw new Error(`API exited with ${api.exitCode} before it was healthy`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('API did not become healthy in time');
}

async function e2eSuite(server) {
  ensureBuilt(root, log);
  const database = `simpul_e2e_${runId}`;
  const databaseUrl = await createDatabase(server.serverUrl, database);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const api = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
    cwd: root,
    env: {
      ...baseEnv,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DEMO_MODE: 'true',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    await waitForHealth(url, api);
    return await jestSuite('e2e', 'apps/web-e2e/jest.config.cjs', {
      ...baseEnv,
      E2E_BASE_URL: url,
      E2E_DATABASE_URL: databaseUrl,
    });
  } finally {
    api.kill('SIGTERM');
    await new Promise((resolve) => (api.exitCode !== null ? resolve() : api.once('exit', resolve)));
    await dropDatabase(server.serverUrl, database);
  }
}

const SUITES = [
  { name: 'api-unit', run: () => jestSuite('api-unit', 'apps/api/jest.config.cjs', baseEnv) },
  {
    name: 'api-integration',
    needsDatabase: true,
    run: async (server) => {
      // The realtime tests start, kill -9 and restart the built API as separate processes.
      ensureBuilt(root, log);
      const database = `simpul_it_${runId}`;
      const databaseUrl = await createDatabase(server.serverUrl, database);
      try {
        return await jestSuite('api-integration', 'apps/api/jest.integration.config.cjs', {
          ...baseEnv,
          DATABASE_URL: databaseUrl,
        });
      } finally {
        await dropDatabase(server.serverUrl, database);
      }
    },
  },
  { name: 'web-unit', run: () => karmaSuite() },
  {
    // Many more hostile inputs per route and event, and many more privilege sequences.
    name: 'abuse',
    optIn: true,
    needsDatabase: true,
    run: async (server) => {
      const database = `simpul_abuse_${runId}`;
      const databaseUrl = await createDatabase(server.serverUrl, database);
      try {
        return await jestSuite(
          'abuse',
          'apps/api/jest.integration.config.cjs',
          {
            ...baseEnv,
            DATABASE_URL: databaseUrl,
            HOSTILE_RUNS: process.env.HOSTILE_RUNS ?? '25',
            PRIVILEGE_RUNS: process.env.PRIVILEGE_RUNS ?? '60',
          },
          ['--testTimeout=1800000', 'test/hostile-input', 'test/privilege-property'],
        );
      } finally {
        await dropDatabase(server.serverUrl, database);
      }
    },
  },
  { name: 'e2e', needsDatabase: true, run: (server) => e2eSuite(server) },
];

mkdirSync(resultsDir, { recursive: true });
const selected = SUITES.filter((s) => (only ? only.includes(s.name) : !s.optIn));
let server = null;
const results = [];
try {
  for (const suite of selected) {
    log(`── ${suite.name} ──`);
    const started = Date.now();
    let result;
    try {
      if (suite.needsDatabase && !server) server = await openTestServer(root, log);
      result = await suite.run(server);
    } catch (error) {
      result = { passed: 0, failed: 1, skipped: 0, note: error.message };
    }
    result.seconds = (Date.now() - started) / 1000;
    results.push({ name: suite.name, ...result });
  }
} finally {
  await server?.stop();
}

console.log('\nSuite               passed  failed  skipped  seconds');
for (const r of results) {
  console.log(
    `${r.name.padEnd(18)} ${String(r.passed).padStart(7)} ${String(r.failed).padStart(7)} ${String(r.skipped).padStart(8)} ${r.seconds.toFixed(1).padStart(8)}${r.note ? `  (${r.note})` : ''}`,
  );
}
const ci = isCi();
const { passed, failed, skipped, skippedAreFailures } = verdict(results, { ci });
if (skipped > 0) {
  console.log(
    `\n${skippedAreFailures ? 'FAIL: skipped under CI=true (counted as failures)' : 'Skipped'}:`,
  );
  for (const r of results.filter((x) => x.skipped > 0)) {
    const names = r.skippedNames ?? [];
    if (names.length === 0) console.log(`  ${r.name}: ${r.skipped} test(s)`);
    for (const name of names) console.log(`  ${r.name}: ${name}`);
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
