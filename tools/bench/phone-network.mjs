#!/usr/bin/env node
// First use on a phone over a provincial mobile link (issue #14 item 6): the built app in demo
// mode, driven by the machine's Chromium with Chrome's "Slow 4G"-like profile (1.6 Mbit/s down,
// 750 kbit/s up, 150 ms round trip, CPU 4× slower), a cold HTTP cache and a 390×844 phone screen.
// Each run signs in through the API first and hands the browser the refresh cookie the web app
// keeps, so the measured navigation is the signed-in one. Measured from navigation start
// (performance.timeOrigin) until
//   inbox: the first inbox row's case link is on screen (/kasus), and
//   case:  the case discussion has loaded (its comment list and comment box are in the page) and
//          can be clicked: the comment box itself on a wide screen, the "Diskusi" tab that shows
//          it on a phone (/kasus/:id).
// The page records the moment itself (a MutationObserver installed before any script runs), so
// the benchmark's polling adds nothing to the page's time.
//   node tools/bench/phone-network.mjs [--runs 3] [--no-build] [--dist path/to/dist] [--waterfall]
//        [--cpu 4] [--profile]
// --profile records the main thread's JavaScript (a CPU profile) in each scenario's first run and
// prints where its time went, by script and by function (the .cpuprofile is kept in tmp/ for
// DevTools).
// --dist runs another checkout's build (e.g. the code before a change: its dist/ folder, whose
// apps/api/main.js serves apps/web/browser beside it) with this script.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import chromiumChoice from '../lib/browser.cjs';
import { ensureBuilt } from '../lib/build.mjs';
import { createDatabase, dropDatabase, openTestServer } from '../lib/test-database.mjs';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(option('runs', 3));
/** Prints each request of a scenario's first run (start and end from navigation start, bytes). */
const showWaterfall = process.argv.includes('--waterfall');
const profile = process.argv.includes('--profile');
const dist = resolve(option('dist', join(root, 'dist')));
const port = 3993;
const origin = `http://127.0.0.1:${port}`;
const EMAIL = 'petugas.malang@demo.simpul.id';
const PASSWORD = 'Simpul#Demo2026';
const TARGET_MS = 3000;
const log = (line) => console.log(`[bench] ${line}`);

/** Chrome DevTools' "Slow 4G" preset, in bytes per second. */
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
/** `--cpu 1` leaves the CPU alone, to see how much of the time is the network's. */
const CPU_SLOWDOWN = Number(option('cpu', 4));
const SCENARIOS = [
  {
    name: 'inbox',
    path: () => '/kasus',
    // A case's link in the list, whatever shape the list takes on a phone.
    ready: {
      loaded: 'sp-case-list-page a[href^="/kasus/"]:not([href="/kasus/baru"])',
      clickable: ['sp-case-list-page a[href^="/kasus/"]:not([href="/kasus/baru"])'],
    },
  },
  {
    name: 'case page (discussion)',
    path: (caseId) => `/kasus/${caseId}`,
    ready: {
      loaded: 'ol.comments ~ sp-comment-composer textarea#thread-composer',
      clickable: ['textarea#thread-composer', '#pane-tab-talk'],
    },
  },
];

/**
 * Runs in the page before its own scripts: notes when `loaded` is in the page and one of
 * `clickable` is laid out (has a box).
 */
function markWhenVisible({ loaded, clickable }) {
  const hasBox = (selector) => {
    const element = document.querySelector(selector);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const visible = () => document.querySelector(loaded) !== null && clickable.some(hasBox);
  const observer = new MutationObserver(() => {
    if (window.__firstUse === undefined && visible()) {
      window.__firstUse = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

async function signIn() {
  const response = await fetch(`${origin}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in answered ${response.status}`);
  const refresh = response.headers
    .getSetCookie()
    .map((cookie) => /^simpul_refresh=([^;]+)/.exec(cookie)?.[1])
    .find(Boolean);
  if (!refresh) throw new Error('sign-in set no refresh cookie');
  const { accessToken } = await response.json();
  return { refresh, accessToken };
}

async function demoCaseId(accessToken) {
  const response = await fetch(`${origin}/api/cases/inbox`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  if (!response.ok) throw new Error(`inbox answered ${response.status}`);
  const body = await response.json();
  const first = body.items?.[0];
  if (!first) throw new Error(`${EMAIL} sees no case in the demo data`);
  return first.id;
}

/** Self time per script and per function of a CDP CPU profile, largest first. */
function summariseProfile(cpuProfile) {
  const byId = new Map(cpuProfile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  cpuProfile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (cpuProfile.timeDeltas[i] ?? 0));
  });
  const byScript = new Map();
  const byFunction = new Map();
  for (const [id, micros] of self) {
    const { url, functionName, lineNumber } = byId.get(id).callFrame;
    const script = url ? url.replace(origin, '') : `(${functionName || 'program'})`;
    byScript.set(script, (byScript.get(script) ?? 0) + micros);
    const name = `${functionName || '(anonymous)'} ${script}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
  }
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, micros]) => `${String(Math.round(micros / 1000)).padStart(6)} ms  ${name}`);
  return { scripts: top(byScript, 12), functions: top(byFunction, 15) };
}

async function measure(browser, scenario, caseId, { record = false } = {}) {
  const { refresh } = await signIn();
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'id-ID',
  });
  await context.addCookies([
    {
      name: 'simpul_refresh',
      value: refresh,
      domain: '127.0.0.1',
      path: '/api/auth',
      httpOnly: true,
      sameSite: 'Strict',
    },
  ]);
  await context.addInitScript(markWhenVisible, scenario.ready);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  // The machine is offline: map tiles fail at once instead of holding the network.
  await cdp.send('Network.setBlockedURLs', { urls: ['*tile.openstreetmap.org*'] });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  if (record) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const transfer = { bytes: 0, scriptBytes: 0, requests: 0, waterfall: [] };
  const scripts = new Set();
  const started = new Map();
  let navigationStart = null;
  cdp.on('Network.requestWillBeSent', ({ requestId, request, timestamp }) => {
    navigationStart ??= timestamp;
    started.set(requestId, { url: request.url.replace(origin, ''), at: timestamp });
  });
  cdp.on('Network.responseReceived', ({ requestId, type }) => {
    if (type === 'Script') scripts.add(requestId);
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength, timestamp }) => {
    transfer.requests += 1;
    transfer.bytes += encodedDataLength;
    if (scripts.has(requestId)) transfer.scriptBytes += encodedDataLength;
    const request = started.get(requestId);
    if (request && navigationStart !== null) {
      transfer.waterfall.push(
        `${String(Math.round((request.at - navigationStart) * 1000)).padStart(6)} → ${String(Math.round((timestamp - navigationStart) * 1000)).padStart(6)} ms ${kb(encodedDataLength).padStart(8)}  ${request.url}`,
      );
    }
  });
  try {
    await page.goto(`${origin}${scenario.path(caseId)}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__firstUse !== undefined, null, {
      timeout: 60_000,
      polling: 250,
    });
    const firstUse = await page.evaluate(() => window.__firstUse);
    const cpuProfile = record ? (await cdp.send('Profiler.stop')).profile : null;
    return { firstUse, cpuProfile, ...transfer };
  } catch (error) {
    await page.screenshot({ path: join(root, 'tmp', 'phone-network-failure.png') });
    log(`failed at ${page.url()}; screenshot: tmp/phone-network-failure.png`);
    throw error;
  } finally {
    await context.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

if (!process.argv.includes('--no-build') && dist === resolve(root, 'dist')) ensureBuilt(root, log);
const server = await openTestServer(root, log);
const database = `simpul_bench_phone_${Date.now()}`;
const databaseUrl = await createDatabase(server.serverUrl, database);
const api = spawn(process.execPath, [join(dist, 'apps/api/main.js')], {
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
// The system Chromium when installed, else the one from npm (tools/lib/browser.cjs).
const chosen = chromiumChoice.resolveBrowser();
const browser = await chromium.launch({
  executablePath: chosen.executablePath,
  args: chosen.args,
  env: { ...process.env, ...chosen.env },
});
let failed = false;
try {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) break;
    } catch {
      // starting
    }
    if (Date.now() > deadline) throw new Error('the API did not become healthy in 120 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  const caseId = await demoCaseId((await signIn()).accessToken);
  log(
    `machine: ${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${browser.version()}`,
  );
  log(
    `profile: ${NETWORK.latency} ms RTT, 1.6 Mbit/s down, 750 kbit/s up, CPU ${CPU_SLOWDOWN}× slower, 390×844, cold cache; build: ${dist}`,
  );
  // One unmeasured load warms the server (its first queries, the file system), not the browser.
  await measure(browser, SCENARIOS[0], caseId);
  for (const scenario of SCENARIOS) {
    const results = [];
    for (let run = 0; run < runs; run += 1) {
      results.push(await measure(browser, scenario, caseId, { record: profile && run === 0 }));
    }
    const times = results.map((r) => r.firstUse);
    const middle = median(times);
    const sample = results[0];
    if (showWaterfall) for (const row of sample.waterfall) log(`  ${row}`);
    if (sample.cpuProfile) {
      const file = join(root, 'tmp', `phone-network-${scenario.name.split(' ')[0]}.cpuprofile`);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(sample.cpuProfile));
      const { scripts, functions } = summariseProfile(sample.cpuProfile);
      log(`  JavaScript self time until first use, by script (profile: ${file}):`);
      for (const row of scripts) log(`    ${row}`);
      log('  by function:');
      for (const row of functions) log(`    ${row}`);
    }
    log(
      `${scenario.name.padEnd(24)} first use median ${(middle / 1000).toFixed(2)} s (${times.map((t) => (t / 1000).toFixed(2)).join('; ')})` +
        `  transferred ${kb(sample.bytes)} in ${sample.requests} requests, of which JavaScript ${kb(sample.scriptBytes)}` +
        `  target < ${TARGET_MS / 1000} s: ${middle < TARGET_MS ? 'met' : 'NOT met'}`,
    );
    if (middle >= TARGET_MS) failed = true;
  }
} finally {
  await browser.close();
  api.kill('SIGTERM');
  await new Promise((r) => (api.exitCode !== null ? r() : api.once('exit', r)));
  await dropDatabase(server.serverUrl, database);
  await server.stop();
}
process.exitCode = failed ? 1 : 0;
