#!/usr/bin/env node
// Owner-suggestion lookups against 100,000 generated road segments (issue #13): the in-memory
// flatbush index per lookup, next to a brute-force scan of every segment in the same run (same
// answers checked), then over HTTP against the built API (GET /api/jurisdiction/suggest) on a
// fresh database holding the same segments.
//   node tools/bench/lookup.mjs [--segments 100000] [--lookups 5000] [--scans 200] [--requests 2000] [--no-http]
// Targets: p99 < 5 ms in-process, < 20 ms over HTTP.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import pg from 'pg';
import { startBuiltApi } from './built-api.mjs';
import { ensureBuilt } from '../lib/build.mjs';
import { createDatabase, dropDatabase, openTestServer } from '../lib/test-database.mjs';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const require = createRequire(import.meta.url);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SEGMENTS = arg('segments', 100_000);
const LOOKUPS = arg('lookups', 5000);
const SCANS = arg('scans', 200);
const REQUESTS = arg('requests', 2000);
const withHttp = !process.argv.includes('--no-http');
const port = 3993;
const log = (line) => console.log(`[bench] ${line}`);

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return {
    n: s.length,
    p50: percentile(s, 50),
    p95: percentile(s, 95),
    p99: percentile(s, 99),
    max: s[s.length - 1],
  };
}
const show = (name, st) =>
  log(
    `${name.padEnd(28)} n=${st.n} p50=${st.p50.toFixed(3)} ms p95=${st.p95.toFixed(3)} ms p99=${st.p99.toFixed(3)} ms max=${st.max.toFixed(2)} ms`,
  );

// Deterministic pseudo-random numbers (mulberry32).
function random(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUSES = ['nasional', 'provinsi', 'kabupaten', 'kota', 'desa'];

/** 100,000 wiggly roads of 5–15 positions (~1–3 km) over East Java's bounding box. */
function generate(count, agencyIds) {
  const rnd = random(13);
  const segments = [];
  for (let i = 0; i < count; i++) {
    let lng = 111.0 + rnd() * 3.5;
    let lat = -8.8 + rnd() * 2.0;
    const heading = rnd() * Math.PI * 2;
    const coordinates = [];
    const n = 5 + Math.floor(rnd() * 11);
    for (let k = 0; k < n; k++) {
      coordinates.push([Math.round(lng * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6]);
      const h = heading + (rnd() - 0.5) * 0.8;
      lng += Math.cos(h) * 0.002;
      lat += Math.sin(h) * 0.002;
    }
    const status = STATUSES[Math.floor(rnd() * STATUSES.length)];
    segments.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      versionId: 'bench',
      linkNumber: status === 'provinsi' ? String(1000 + i) : null,
      kmFrom: status === 'provinsi' ? 0 : null,
      kmTo: status === 'provinsi' ? 3 : null,
      name: `Ruas bench ${i}`,
      status,
      regencyCode: null,
      districtCode: null,
      agencyId: agencyIds[i % agencyIds.length],
      geometry: { type: 'LineString', coordinates },
      validFrom: '2020-01-01',
      validTo: null,
    });
  }
  return segments;
}

/** Half the points on or beside a road (within ~40 m of a position), half anywhere. */
function points(count, segments) {
  const rnd = random(29);
  return Array.from({ length: count }, (_, i) => {
    if (i % 2 === 0) {
      const s = segments[Math.floor(rnd() * segments.length)];
      const [lng, lat] = s.geometry.coordinates[Math.floor(rnd() * s.geometry.coordinates.length)];
      return { lat: lat + (rnd() - 0.5) * 0.0007, lng: lng + (rnd() - 0.5) * 0.0007 };
    }
    return { lat: -8.8 + rnd() * 2.0, lng: 111.0 + rnd() * 3.5 };
  });
}

/** The pure index and suggester (apps/api/src/app/jurisdiction/geo), bundled for Node. */
async function loadPureModule() {
  const esbuild = require('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'simpul-lookup-'));
  const out = join(dir, 'suggester.mjs');
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `export { RoadIndex } from ${JSON.stringify(join(root, 'apps/api/src/app/jurisdiction/geo/road-index'))};
     export { suggestOwner } from ${JSON.stringify(join(root, 'apps/api/src/app/jurisdiction/geo/owner-suggester'))};`,
  );
  await esbuild.build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
    banner: {
      js: `import { createRequire } from 'node:module'; const require = createRequire(${JSON.stringify(join(root, 'package.json'))});`,
    },
    external: ['flatbush'],
  });
  const module = await import(pathToFileURL(out).href);
  rmSync(dir, { recursive: true, force: true });
  return module;
}

async function inProcess() {
  const { RoadIndex, suggestOwner } = await loadPureModule();
  const agencies = Array.from({ length: 40 }, (_, i) => ({
    id: `agency-${i}`,
    shortName: `Instansi ${i}`,
    name: `Instansi ${i}`,
    kind: 'regency_office',
    regencyCodes: [],
    active: true,
  }));
  const segments = generate(
    SEGMENTS,
    agencies.map((a) => a.id),
  );
  let started = performance.now();
  const index = new RoadIndex(segments);
  log(`index of ${SEGMENTS} segments built in ${(performance.now() - started).toFixed(0)} ms`);
  const context = { index, rules: [], agencies: new Map(agencies.map((a) => [a.id, a])) };
  const queries = points(LOOKUPS, segments);
  // Warm-up.
  for (const q of queries.slice(0, 500)) suggestOwner({ ...q, asOf: '2026-01-01' }, context);
  const indexed = [];
  const decided = { segment: 0, ambiguous: 0, none: 0 };
  for (const q of queries) {
    started = performance.now();
    const { suggestion } = suggestOwner({ ...q, asOf: '2026-01-01' }, context);
    indexed.push(performance.now() - started);
    decided[suggestion.basis] = (decided[suggestion.basis] ?? 0) + 1;
  }
  const scanned = [];
  let mismatches = 0;
  for (const q of queries.slice(0, SCANS)) {
    started = performance.now();
    const byScan = index.nearByScan(q.lat, q.lng, 45, '2026-01-01');
    scanned.push(performance.now() - started);
    const byIndex = index.near(q.lat, q.lng, 45, '2026-01-01');
    if (
      JSON.stringify(byScan.map((n) => n.segment.id)) !==
      JSON.stringify(byIndex.map((n) => n.segment.id))
    )
      mismatches++;
  }
  log(`answers: ${JSON.stringify(decided)}; index vs scan mismatches in ${SCANS}: ${mismatches}`);
  const a = stats(indexed);
  const b = stats(scanned);
  show('in-process suggestion', a);
  show('brute-force scan (same run)', b);
  log(
    `in-process target p99 < 5 ms: ${a.p99 < 5 ? 'MET' : 'NOT MET'} (${(b.p50 / a.p50).toFixed(0)}× faster than the scan at p50)`,
  );
  if (mismatches) process.exitCode = 1;
  return segments;
}

function startApi(databaseUrl) {
  return startBuiltApi({
    root,
    dist: join(root, 'dist'),
    port,
    databaseUrl,
    env: { JOB_POLLING_SECONDS: '60' },
  });
}

async function overHttp(segments) {
  ensureBuilt(root, log);
  const server = await openTestServer(root, log);
  const name = `simpul_bench_lookup_${process.pid}`;
  const url = await createDatabase(server.serverUrl, name);
  const api = startApi(url);
  try {
    await api.ready;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const agencyIds = (await client.query(`SELECT id FROM agency ORDER BY code LIMIT 40`)).rows.map(
      (r) => r.id,
    );
    let started = performance.now();
    const [{ id: versionId }] = (
      await client.query(
        `INSERT INTO road_registry_version (source, label, valid_from, status, total_features, done_features, segment_count)
         VALUES ('geojson', 'bench', '2020-01-01', 'done', $1, $1, $1) RETURNING id`,
        [segments.length],
      )
    ).rows;
    for (let i = 0; i < segments.length; i += 5000) {
      const rows = segments.slice(i, i + 5000).map((s, k) => {
        const c = s.geometry.coordinates;
        return {
          link_number: s.linkNumber,
          km_from: s.kmFrom,
          km_to: s.kmTo,
          name: s.name,
          status: s.status,
          agency_id: agencyIds[(i + k) % agencyIds.length],
          geometry: s.geometry,
          min_lng: Math.min(...c.map((p) => p[0])),
          min_lat: Math.min(...c.map((p) => p[1])),
          max_lng: Math.max(...c.map((p) => p[0])),
          max_lat: Math.max(...c.map((p) => p[1])),
        };
      });
      await client.query(
        `INSERT INTO road_segment (version_id, link_number, km_from, km_to, name, status, agency_id, geometry, min_lng, min_lat, max_lng, max_lat, valid_from)
         SELECT $1, n.link_number, n.km_from, n.km_to, n.name, n.status, n.agency_id, n.geometry, n.min_lng, n.min_lat, n.max_lng, n.max_lat, '2020-01-01'
         FROM jsonb_to_recordset($2::jsonb) AS n(link_number text, km_from numeric, km_to numeric, name text, status text,
           agency_id uuid, geometry jsonb, min_lng float8, min_lat float8, max_lng float8, max_lat float8)`,
        [versionId, JSON.stringify(rows)],
      );
    }
    await client.query(`SELECT pg_notify('simpul_road_registry', '')`);
    log(
      `${segments.length} segments written to the database in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    await client.end();
    const signIn = await fetch(`http://127.0.0.1:${port}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'petugas.malang@demo.simpul.id',
        password: 'Simpul#Demo2026',
        client: 'api',
      }),
    });
    const { accessToken } = await signIn.json();
    const headers = { Authorization: `Bearer ${accessToken}` };
    const queries = points(REQUESTS + 200, segments);
    // The first request after the notification loads the registry into the index.
    started = performance.now();
    await (
      await fetch(`http://127.0.0.1:${port}/api/jurisdiction/suggest?lat=-7.5&lng=112.5`, {
        headers,
      })
    ).json();
    log(
      `first request (index load of ${segments.length} segments) ${(performance.now() - started).toFixed(0)} ms`,
    );
    const samples = [];
    let found = 0;
    for (const [i, q] of queries.entries()) {
      started = performance.now();
      const response = await fetch(
        `http://127.0.0.1:${port}/api/jurisdiction/suggest?lat=${q.lat}&lng=${q.lng}`,
        { headers },
      );
      const body = await response.json();
      if (!response.ok) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body)}`);
      if (i >= 200) {
        samples.push(performance.now() - started);
        if (body.basis === 'segment' || body.basis === 'ambiguous') found++;
      }
    }
    const st = stats(samples);
    show('HTTP GET jurisdiction/suggest', st);
    log(
      `HTTP answers on a road: ${found}/${samples.length}; target p99 < 20 ms: ${st.p99 < 20 ? 'MET' : 'NOT MET'}`,
    );
  } finally {
    await api.stop();
    await dropDatabase(server.serverUrl, name);
    await server.stop();
  }
}

log(
  `machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`,
);
const segments = await inProcess();
if (withHttp) await overHttp(segments);
