#!/usr/bin/env node
// The streamed case export (#16): a 100,000-row CSV and XLSX from the built API, with the API
// process's memory (RSS, sampled every 20 ms from /proc) before and during each download, next to
// the same rows read straight from PostgreSQL with a cursor in the same run (the floor: what the
// database alone costs).
//   node tools/bench/export.mjs [--cases 100000] [--dist dist] [--reseed]
// DATABASE_URL names the server (the database simpul_bench_export is created there and kept
// between runs; --reseed builds it again). --dist: the folder holding apps/api/main.js (build it
// first, e.g. under the shared build lock, and copy it to your own folder).
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startBuiltApi } from './built-api.mjs';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const cases = Number(option('cases', '100000'));
const dist = resolve(root, option('dist', 'dist'));
const reseed = process.argv.includes('--reseed');
const port = Number(option('port', '4193'));
const DATABASE = 'simpul_bench_export';
const PASSWORD = 'Simpul#Demo2026';
const EXPORTER = 'admin.malang@demo.simpul.id';
const NUMBER_PREFIX = 'SMP-2023-';
const log = (line) => console.log(`[bench] ${line}`);

const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const urlOf = (name) => {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
};

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function startApi() {
  return startBuiltApi({
    root,
    dist,
    port,
    databaseUrl: urlOf(DATABASE),
    env: { WEB_DIST_PATH: '' },
  });
}

const rssMb = (pid) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
};

/** `cases` cases led by UPT PJJ Malang, one reporter each, written in bulk (triggers off). */
async function seed(client) {
  const started = Date.now();
  await client.query(`DELETE FROM "case" WHERE number LIKE $1`, [`${NUMBER_PREFIX}%`]);
  await client.query(`SET session_replication_role = replica`);
  const [{ id: unit }] = (await client.query(`SELECT id FROM agency WHERE code = 'upt-pjj-malang'`))
    .rows;
  for (let from = 1; from <= cases; from += 50_000) {
    const to = Math.min(cases, from + 49_999);
    await client.query(
      `WITH inserted AS (
         INSERT INTO "case" (number, title, description, classification, channel, category, status,
           regency_code, created_at, updated_at, intake_agency_id, participant_agency_ids)
         SELECT $3 || lpad(i::text, 7, '0'), 'Jalan berlubang di Lawang km ' || (i % 97),
           'Warga melaporkan jalan berlubang, sudah ' || (i % 9 + 1) || ' minggu.', 'pengaduan',
           (ARRAY['lapor', 'whatsapp', 'phone'])[1 + i % 3], 'jalan_rusak',
           (ARRAY['new', 'in_progress', 'resolved'])[1 + i % 3], '35.07',
           now() - (i % 700) * interval '1 day', now(), $4, ARRAY[$4::uuid]
         FROM generate_series($1::int, $2::int) i
         RETURNING id, number, created_at),
       reports AS (
         INSERT INTO case_report (case_id, reporter_name, reporter_contact, reporter_nik, anonymous,
           created_at, intake_agency_id)
         SELECT id, 'Pelapor ' || number, '0812' || lpad(substr(number, 10), 8, '0'),
           '35070101' || lpad(substr(number, 10), 8, '0'), false, created_at, $4
         FROM inserted)
       INSERT INTO case_participant (case_id, agency_id, role, added_at)
       SELECT id, $4, 'lead', created_at FROM inserted`,
      [from, to, NUMBER_PREFIX, unit],
    );
    log(`seeded ${to.toLocaleString('en')} cases`);
  }
  await client.query(`SET session_replication_role = origin`);
  await client.query(`SELECT simpul_inbox_entries_backfill()`);
  await client.query(`VACUUM ANALYZE`);
  log(`seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function download(token, format, pid) {
  const samples = [];
  const sampler = setInterval(() => samples.push(rssMb(pid)), 20);
  const started = performance.now();
  const response = await fetch(
    `http://127.0.0.1:${port}/api/cases/export.${format}?category=jalan_rusak&regency=35.07`,
    { headers: { authorization: `Bearer ${token}` } },
  );
  if (response.status !== 200) throw new Error(`${format}: ${response.status}`);
  let bytes = 0;
  let firstByteMs = null;
  for await (const chunk of response.body) {
    firstByteMs ??= performance.now() - started;
    bytes += chunk.length;
  }
  const ms = performance.now() - started;
  clearInterval(sampler);
  samples.push(rssMb(pid));
  return { bytes, ms, firstByteMs, peakMb: Math.max(...samples) };
}

async function main() {
  const exists = await withClient(
    server,
    async (c) =>
      (await c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DATABASE])).rowCount > 0,
  );
  if (exists && reseed) await withClient(server, (c) => c.query(`DROP DATABASE ${DATABASE}`));
  if (!exists || reseed) await withClient(server, (c) => c.query(`CREATE DATABASE ${DATABASE}`));
  const api = startApi();
  try {
    await api.ready;
    const seeded = await withClient(urlOf(DATABASE), async (c) => {
      const { rows } = await c.query(`SELECT count(*)::int AS n FROM "case" WHERE number LIKE $1`, [
        `${NUMBER_PREFIX}%`,
      ]);
      return rows[0].n;
    });
    if (seeded !== cases) await withClient(urlOf(DATABASE), seed);
    const signIn = await fetch(`http://127.0.0.1:${port}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EXPORTER, password: PASSWORD, client: 'api' }),
    });
    const { accessToken } = await signIn.json();
    // Warm-up (JIT, pools, the calendar), then settle.
    await fetch(`http://127.0.0.1:${port}/api/cases/inbox?limit=5`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    await new Promise((r) => setTimeout(r, 1000));
    const idleMb = rssMb(api.pid);
    log(
      `machine: ${cpus().length} cores, load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    log(`API RSS idle: ${idleMb.toFixed(0)} MB`);
    const results = {};
    for (const format of ['csv', 'xlsx']) {
      results[format] = await download(accessToken, format, api.pid);
      const r = results[format];
      log(
        `${format}: ${(r.bytes / 2 ** 20).toFixed(1)} MB in ${(r.ms / 1000).toFixed(1)} s (first byte ${r.firstByteMs.toFixed(0)} ms), API RSS peak ${r.peakMb.toFixed(0)} MB (+${(r.peakMb - idleMb).toFixed(0)} MB over idle)`,
      );
    }
    // The floor: the same rows straight from PostgreSQL through a cursor, in this process.
    const direct = await withClient(urlOf(DATABASE), async (c) => {
      const started = performance.now();
      await c.query('BEGIN');
      await c.query(
        `DECLARE raw NO SCROLL CURSOR FOR
         SELECT c.number, c.title, c.status, c.channel, c.category, c.regency_code, c.created_at,
                r.tracking_id, r.reporter_name, r.reporter_contact, r.reporter_nik, r.anonymous, r.confidential
         FROM "case" c JOIN case_report r ON r.case_id = c.id
         WHERE c.category = 'jalan_rusak' AND c.regency_code = '35.07'
         ORDER BY c.created_at DESC, c.id, r.created_at, r.id`,
      );
      let rows = 0;
      for (;;) {
        const { rowCount } = await c.query('FETCH 500 FROM raw');
        if (!rowCount) break;
        rows += rowCount;
      }
      await c.query('COMMIT');
      return { rows, ms: performance.now() - started };
    });
    log(
      `direct SQL cursor, same rows: ${direct.rows.toLocaleString('en')} rows in ${(direct.ms / 1000).toFixed(1)} s`,
    );
    log(
      `load after: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    const limit = 200;
    const worst = Math.max(results.csv.peakMb, results.xlsx.peakMb);
    log(
      `target: API memory < ${limit} MB during a ${cases.toLocaleString('en')}-row export: ${worst < limit ? 'met' : 'NOT met'} (peak ${worst.toFixed(0)} MB)`,
    );
  } finally {
    await api.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
