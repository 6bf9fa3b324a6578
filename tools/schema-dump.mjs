#!/usr/bin/env node
// `npm run schema:dump`: writes docs/schema.sql, the schema a fresh migration run produces, read
// from PostgreSQL's catalogue (pg_dump cannot dump the embedded PostgreSQL 18, and the machine's
// pg_dump 15 refuses newer servers). apps/api/test/schema.int-spec.ts fails when it is stale.
//   node tools/schema-dump.mjs            migrate a fresh database, write docs/schema.sql
//   node tools/schema-dump.mjs --check    migrate a fresh database, exit 1 with a diff if it differs
//   node tools/schema-dump.mjs --url URL [--check]   dump (or check) an already migrated database
// The fresh database is created on the server of DATABASE_URL when it is set (and dropped after),
// otherwise on the embedded PostgreSQL that `npm test` uses (tmp/test-pg).
//
// The output is normalised so that PostgreSQL 15 and 18 print the same text: objects sorted by
// name (code point order, not the server's collation), no OIDs, no owners (the migrating role
// varies), no extension versions, only the `public` schema (pg-boss installs `pgboss` at start,
// not a migration), without TypeORM's own `typeorm_migrations` table (TypeORM creates it before
// any migration runs; its shape follows TypeORM's version, not ours).
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createDatabase, dropDatabase, openTestServer } from './lib/test-database.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
export const SCHEMA_FILE = join(root, 'docs/schema.sql');
export const REGENERATE_COMMAND = 'npm run schema:dump';
const APP_ROLE = 'simpul_app';
const MIGRATIONS_TABLE = 'typeorm_migrations';
/** Exports MIGRATIONS, the classes the API runs at start. */
const MIGRATION_LIST = join(root, 'apps/api/src/app/database/schema.ts');

const HEADER = `-- GENERATED FILE, do not edit: the schema a fresh run of the migrations produces
-- (apps/api/src/app/database/migrations), read from PostgreSQL's catalogue.
-- Regenerate with \`${REGENERATE_COMMAND}\` (tools/schema-dump.mjs) after changing a migration;
-- apps/api/test/schema.int-spec.ts (part of \`npm test\`) fails when this file is stale.
-- Same text on PostgreSQL 15 and 18. Left out: owners (the migrating role), extension versions,
-- the pgboss schema (pg-boss installs it at start) and TypeORM's typeorm_migrations table.
`;

const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const sortBy = (rows, key) => [...rows].sort((a, b) => byText(key(a), key(b)));
const ident = (name) => `"${name.replace(/"/g, '""')}"`;

/** Privileges in the order GRANT statements conventionally list them. */
const PRIVILEGE_ORDER = [
  'SELECT',
  'INSERT',
  'UPDATE',
  'DELETE',
  'TRUNCATE',
  'REFERENCES',
  'TRIGGER',
  'MAINTAIN',
  'USAGE',
  'CREATE',
  'EXECUTE',
];
const privilegeList = (privileges) =>
  [...privileges]
    .sort((a, b) => PRIVILEGE_ORDER.indexOf(a) - PRIVILEGE_ORDER.indexOf(b) || byText(a, b))
    .join(', ');

/** Trailing blanks and semicolons differ between versions' deparsers; the text otherwise not. */
function tidy(sql) {
  return sql
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .trim()
    .replace(/;$/, '');
}

const TOKEN = /'(?:[^']|'')*'|"(?:[^"]|"")*"|[A-Za-z_][A-Za-z0-9_$]*|\d+(?:\.\d+)?|\s+|./gs;
const CLAUSE_END = new Set(
  'WHERE GROUP HAVING WINDOW ORDER LIMIT OFFSET FETCH UNION INTERSECT EXCEPT'.split(' '),
);

/**
 * A view's query as PostgreSQL 16 and later print it. From 16 on, a view's query no longer
 * carries the OLD and NEW placeholder relations, so when its top level reads a single relation
 * `pg_get_viewdef` leaves that relation's columns unqualified (`SELECT id FROM "case" c`), where
 * 15 writes `SELECT c.id FROM "case" c`. Sub-selects stay qualified in both. This drops the
 * alias outside sub-selects when the top level's FROM names one relation (no join, no comma, no
 * set operation); on 16 and later it finds nothing to drop.
 */
export function unqualifySingleRelationQuery(sql) {
  const tokens = sql.match(TOKEN) ?? [];
  const words = tokens.map((t, i) => ({ t, i })).filter(({ t }) => !/^\s/.test(t));
  // For each token: is it inside a sub-select? (a parenthesis whose first word is SELECT)
  const inSubSelect = new Array(tokens.length).fill(false);
  const stack = [];
  words.forEach(({ t, i }, k) => {
    if (stack.some(Boolean)) inSubSelect[i] = true;
    if (t === '(') stack.push(/^select$/i.test(words[k + 1]?.t ?? ''));
    else if (t === ')') stack.pop();
  });
  const topLevel = [];
  let depth = 0;
  for (const { t, i } of words) {
    if (t === ')') depth--;
    if (depth === 0) topLevel.push({ t, i });
    if (t === '(') depth++;
  }
  const from = topLevel.findIndex(({ t }) => /^from$/i.test(t));
  if (from < 0) return sql;
  if (topLevel.some(({ t }) => /^(union|intersect|except)$/i.test(t))) return sql;
  let end = from + 1;
  while (
    end < topLevel.length &&
    !CLAUSE_END.has(topLevel[end].t.toUpperCase()) &&
    topLevel[end].t !== ';'
  )
    end++;
  const items = topLevel.slice(from + 1, end).map(({ t }) => t);
  // `relation`, `relation alias`, `schema . relation [alias]`
  const isName = (t) => /^("|[A-Za-z_])/.test(t) && !/^(join|on|as)$/i.test(t);
  let names = items;
  if (names.length >= 3 && names[1] === '.') names = [`${names[0]}.${names[2]}`, ...names.slice(3)];
  if (names.length < 1 || names.length > 2 || !names.every(isName)) return sql;
  const alias = names[names.length - 1].split('.').pop();
  return tokens
    .filter((t, i) => {
      if (inSubSelect[i]) return true;
      const isQualifier = t === alias && tokens[i + 1] === '.' && tokens[i - 1] !== '.';
      const isDot = t === '.' && tokens[i - 1] === alias && tokens[i - 2] !== '.';
      return !(isQualifier || (isDot && !inSubSelect[i - 1]));
    })
    .join('');
}

/**
 * Grants to the application role and to PUBLIC on the given objects, as GRANT statements; for
 * functions also the REVOKE of PUBLIC's default EXECUTE where a migration took it away.
 */
function grantLines(rows, kind) {
  const lines = [];
  const byObject = new Map();
  for (const row of rows) {
    const key = `${row.object}\u0000${row.grantee}\u0000${row.grantable}`;
    if (!byObject.has(key)) byObject.set(key, { ...row, privileges: new Set() });
    byObject.get(key).privileges.add(row.privilege);
  }
  const grants = sortBy([...byObject.values()], (g) => `${g.object}\u0000${g.grantee}`);
  for (const grant of grants) {
    const grantee = grant.grantee === 'PUBLIC' ? 'PUBLIC' : grant.grantee;
    lines.push(
      `GRANT ${privilegeList(grant.privileges)} ON ${kind} ${grant.object} TO ${grantee}${grant.grantable ? ' WITH GRANT OPTION' : ''};`,
    );
  }
  return lines;
}

/** The dump of an already migrated database, as the text of docs/schema.sql. */
export async function dumpSchema(client) {
  const query = async (sql, params = []) => (await client.query(sql, params)).rows;
  const out = [HEADER];
  const section = (title) => out.push('', `-- ${'='.repeat(96)}`, `-- ${title}`, '');

  const [{ exists: appRoleExists }] = await query(
    `SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AS exists`,
    [APP_ROLE],
  );
  if (!appRoleExists) throw new Error(`role ${APP_ROLE} is missing: is the database migrated?`);

  // Anything this script cannot print must not vanish silently from the file.
  const unknown = await query(
    `SELECT c.relname::text AS name, c.relkind::text AS kind
       FROM pg_class c
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind NOT IN ('r', 'i', 'S', 'v')
     UNION ALL
     SELECT t.typname::text, t.typtype::text
       FROM pg_type t
      WHERE t.typnamespace = 'public'::regnamespace AND t.typtype NOT IN ('b', 'c', 'e', 'd')
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                          AND d.objid = t.oid AND d.deptype = 'e')
     UNION ALL
     SELECT p.proname::text, p.prokind::text
       FROM pg_proc p
      WHERE p.pronamespace = 'public'::regnamespace AND p.prokind NOT IN ('f', 'p')
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                          AND d.objid = p.oid AND d.deptype = 'e')
     UNION ALL
     SELECT n.nspname::text, 'schema'
       FROM pg_namespace n
      WHERE n.nspname NOT IN ('public', 'pgboss', 'information_schema')
        AND n.nspname NOT LIKE 'pg\\_%'`,
  );
  if (unknown.length > 0) {
    const list = unknown.map((u) => `${u.name} (${u.kind})`).join(', ');
    throw new Error(`tools/schema-dump.mjs does not print these yet, teach it: ${list}`);
  }

  section('Extensions');
  const extensions = await query(`SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'`);
  for (const e of sortBy(extensions, (e) => e.extname))
    out.push(`CREATE EXTENSION IF NOT EXISTS ${ident(e.extname)};`);

  section('Schema privileges');
  const schemaGrants = await query(
    `SELECT 'public' AS object, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE r.rolname END AS grantee,
            a.privilege_type AS privilege, a.is_grantable AS grantable
       FROM pg_namespace n, aclexplode(coalesce(n.nspacl, acldefault('n'::"char", n.nspowner))) a
       LEFT JOIN pg_roles r ON r.oid = a.grantee
      WHERE n.nspname = 'public' AND (a.grantee = 0 OR r.rolname = $1)`,
    [APP_ROLE],
  );
  out.push(...grantLines(schemaGrants, 'SCHEMA'));

  const types = await query(
    `SELECT t.typname AS name, t.typtype AS kind,
            (SELECT array_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e
              WHERE e.enumtypid = t.oid) AS labels,
            format_type(t.typbasetype, t.typtypmod) AS base, t.typnotnull AS not_null,
            t.typdefault AS default_value,
            (SELECT array_agg(pg_get_constraintdef(c.oid, true) ORDER BY c.conname)
               FROM pg_constraint c WHERE c.contypid = t.oid) AS checks
       FROM pg_type t
      WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd')
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                          AND d.objid = t.oid AND d.deptype = 'e')`,
  );
  if (types.length > 0) {
    section('Types');
    for (const t of sortBy(types, (t) => t.name)) {
      if (t.kind === 'e') {
        const labels = t.labels.map((l) => `'${l.replace(/'/g, "''")}'`).join(', ');
        out.push(`CREATE TYPE ${ident(t.name)} AS ENUM (${labels});`);
      } else {
        const parts = [`CREATE DOMAIN ${ident(t.name)} AS ${t.base}`];
        if (t.default_value) parts.push(`DEFAULT ${t.default_value}`);
        if (t.not_null) parts.push('NOT NULL');
        for (const check of t.checks ?? []) parts.push(check);
        out.push(`${parts.join(' ')};`);
      }
    }
  }

  section('Sequences');
  const sequences = await query(
    `SELECT c.relname AS name, format_type(s.seqtypid, NULL) AS type, s.seqstart::text AS start,
            s.seqincrement::text AS increment, s.seqmin::text AS min, s.seqmax::text AS max,
            s.seqcache::text AS cache, s.seqcycle AS cycle,
            owner_table.relname AS owner_table, owner_column.attname AS owner_column
       FROM pg_class c
       JOIN pg_sequence s ON s.seqrelid = c.oid
       LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
                            AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
       LEFT JOIN pg_class owner_table ON owner_table.oid = d.refobjid
       LEFT JOIN pg_attribute owner_column ON owner_column.attrelid = d.refobjid
                                          AND owner_column.attnum = d.refobjsubid
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'S'
        AND coalesce(owner_table.relname, '') <> $1`,
    [MIGRATIONS_TABLE],
  );
  for (const s of sortBy(sequences, (s) => s.name)) {
    out.push(
      `CREATE SEQUENCE ${ident(s.name)} AS ${s.type} START WITH ${s.start} INCREMENT BY ${s.increment}` +
        ` MINVALUE ${s.min} MAXVALUE ${s.max} CACHE ${s.cache}${s.cycle ? ' CYCLE' : ''}` +
        (s.owner_table ? ` OWNED BY ${ident(s.owner_table)}.${ident(s.owner_column)}` : '') +
        ';',
    );
  }

  section('Tables (columns, constraints, storage options, row-level security)');
  const tables = sortBy(
    await query(
      `SELECT c.oid, c.relname AS name, c.reloptions AS options, c.relpersistence AS persistence,
              c.relrowsecurity AS rls, c.relforcerowsecurity AS force_rls
         FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.relname <> $1`,
      [MIGRATIONS_TABLE],
    ),
    (t) => t.name,
  );
  const columns = await query(
    `SELECT a.attrelid AS table_oid, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
            a.attnotnull AS not_null, a.attidentity AS identity, a.attgenerated AS generated,
            pg_get_expr(d.adbin, d.adrelid) AS default_value,
            CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_type t ON t.oid = a.atttypid
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       LEFT JOIN pg_collation co ON co.oid = a.attcollation
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'v')
        AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attrelid, a.attnum`,
  );
  // contype 'n' (PostgreSQL 18 records NOT NULL as constraints) is shown on the column instead.
  const constraints = await query(
    `SELECT c.conrelid AS table_oid, c.conname AS name, pg_get_constraintdef(c.oid, true) AS def
       FROM pg_constraint c
      WHERE c.connamespace = 'public'::regnamespace AND c.conrelid <> 0
        AND c.contype IN ('c', 'f', 'p', 'u', 'x')`,
  );
  for (const table of tables) {
    const lines = columns
      .filter((c) => c.table_oid === table.oid)
      .map((c) => {
        let line = `  ${ident(c.name)} ${c.type}`;
        if (c.collation) line += ` COLLATE ${ident(c.collation)}`;
        if (c.generated === 's') line += ` GENERATED ALWAYS AS (${c.default_value}) STORED`;
        else if (c.default_value !== null) line += ` DEFAULT ${c.default_value}`;
        if (c.identity === 'a') line += ' GENERATED ALWAYS AS IDENTITY';
        if (c.identity === 'd') line += ' GENERATED BY DEFAULT AS IDENTITY';
        if (c.not_null) line += ' NOT NULL';
        return line;
      });
    for (const constraint of sortBy(
      constraints.filter((c) => c.table_oid === table.oid),
      (c) => c.name,
    ))
      lines.push(`  CONSTRAINT ${ident(constraint.name)} ${constraint.def}`);
    const kind = table.persistence === 'u' ? 'UNLOGGED TABLE' : 'TABLE';
    const options = table.options ? ` WITH (${[...table.options].sort(byText).join(', ')})` : '';
    out.push(`CREATE ${kind} ${ident(table.name)} (`, lines.join(',\n'), `)${options};`);
    if (table.rls) out.push(`ALTER TABLE ${ident(table.name)} ENABLE ROW LEVEL SECURITY;`);
    if (table.force_rls) out.push(`ALTER TABLE ${ident(table.name)} FORCE ROW LEVEL SECURITY;`);
    out.push('');
  }
  out.pop();

  section('Indexes (other than those of primary key, unique and exclusion constraints)');
  const indexes = await query(
    `SELECT t.relname AS table_name, i.relname AS name, pg_get_indexdef(i.oid) AS def
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class t ON t.oid = x.indrelid
      WHERE t.relnamespace = 'public'::regnamespace AND t.relname <> $1
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid
                          AND c.contype IN ('p', 'u', 'x'))`,
    [MIGRATIONS_TABLE],
  );
  for (const index of sortBy(indexes, (i) => `${i.table_name}\u0000${i.name}`))
    out.push(`${index.def};`);

  section('Views');
  const views = sortBy(
    await query(
      `SELECT c.oid, c.relname AS name, c.reloptions AS options,
              pg_get_viewdef(c.oid, true) AS def
         FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'v'`,
    ),
    (v) => v.name,
  );
  for (const view of views) {
    const viewColumns = columns
      .filter((c) => c.table_oid === view.oid)
      .map((c) => `--   ${ident(c.name)} ${c.type}`);
    const options = view.options ? ` WITH (${[...view.options].sort(byText).join(', ')})` : '';
    out.push(
      `-- columns of ${ident(view.name)}:`,
      ...viewColumns,
      `CREATE VIEW ${ident(view.name)}${options} AS`,
      `${tidy(unqualifySingleRelationQuery(view.def))};`,
      '',
    );
  }
  if (views.length > 0) out.pop();

  section('Functions');
  const functions = sortBy(
    await query(
      `SELECT p.oid, p.proname AS name, pg_get_function_identity_arguments(p.oid) AS args,
              pg_get_functiondef(p.oid) AS def
         FROM pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                            AND d.objid = p.oid AND d.deptype = 'e')`,
    ),
    (f) => `${f.name}(${f.args})`,
  );
  for (const fn of functions) out.push(`${tidy(fn.def)};`, '');
  if (functions.length > 0) out.pop();

  section('Triggers');
  const triggers = await query(
    `SELECT c.relname AS table_name, t.tgname AS name, pg_get_triggerdef(t.oid, true) AS def,
            t.tgenabled AS enabled
       FROM pg_trigger t
       JOIN pg_class c ON c.oid = t.tgrelid
      WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal`,
  );
  for (const trigger of sortBy(triggers, (t) => `${t.table_name}\u0000${t.name}`)) {
    out.push(`${trigger.def};`);
    const state = { D: 'DISABLE', R: 'ENABLE REPLICA', A: 'ENABLE ALWAYS' }[trigger.enabled];
    if (state)
      out.push(`ALTER TABLE ${ident(trigger.table_name)} ${state} TRIGGER ${ident(trigger.name)};`);
  }

  section('Row-level security policies');
  const policies = await query(
    `SELECT tablename AS table_name, policyname AS name, permissive, roles::text[] AS roles, cmd,
            qual, with_check
       FROM pg_policies WHERE schemaname = 'public'`,
  );
  for (const policy of sortBy(policies, (p) => `${p.table_name}\u0000${p.name}`)) {
    const roles = [...policy.roles].sort(byText).join(', ');
    let line = `CREATE POLICY ${ident(policy.name)} ON ${ident(policy.table_name)} AS ${policy.permissive} FOR ${policy.cmd} TO ${roles}`;
    if (policy.qual !== null) line += `\n  USING (${tidy(policy.qual)})`;
    if (policy.with_check !== null) line += `\n  WITH CHECK (${tidy(policy.with_check)})`;
    out.push(`${line};`);
  }

  section(`Privileges of ${APP_ROLE} and PUBLIC (owners have all; superusers bypass them)`);
  const relationGrants = await query(
    `SELECT c.relname AS object, c.relkind AS kind,
            CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE r.rolname END AS grantee,
            a.privilege_type AS privilege, a.is_grantable AS grantable
       FROM pg_class c,
            aclexplode(coalesce(c.relacl, acldefault(CASE WHEN c.relkind = 'S' THEN 's'::"char" ELSE 'r'::"char" END,
                                                     c.relowner))) a
       LEFT JOIN pg_roles r ON r.oid = a.grantee
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'v', 'S')
        AND c.relname <> $2 AND c.relname NOT LIKE $2 || '\\_%'
        AND (a.grantee = 0 OR r.rolname = $1)`,
    [APP_ROLE, MIGRATIONS_TABLE],
  );
  const quoteObject = (row) => ({ ...row, object: ident(row.object) });
  const tableGrants = relationGrants.filter((g) => g.kind !== 'S').map(quoteObject);
  const sequenceGrants = relationGrants.filter((g) => g.kind === 'S').map(quoteObject);
  out.push(...grantLines(tableGrants, 'TABLE'));
  const columnGrants = await query(
    `SELECT c.relname AS table_name, att.attname AS column_name,
            CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE r.rolname END AS grantee,
            a.privilege_type AS privilege, a.is_grantable AS grantable
       FROM pg_attribute att
       JOIN pg_class c ON c.oid = att.attrelid, aclexplode(att.attacl) a
       LEFT JOIN pg_roles r ON r.oid = a.grantee
      WHERE c.relnamespace = 'public'::regnamespace AND att.attacl IS NOT NULL
        AND (a.grantee = 0 OR r.rolname = $1)`,
    [APP_ROLE],
  );
  for (const g of sortBy(
    columnGrants,
    (g) => `${g.table_name}\u0000${g.column_name}\u0000${g.grantee}\u0000${g.privilege}`,
  ))
    out.push(
      `GRANT ${g.privilege} (${ident(g.column_name)}) ON TABLE ${ident(g.table_name)} TO ${g.grantee}${g.grantable ? ' WITH GRANT OPTION' : ''};`,
    );
  out.push('');
  out.push(...grantLines(sequenceGrants, 'SEQUENCE'));
  out.push('');
  const functionGrants = await query(
    `SELECT format('%s(%s)', p.proname, pg_get_function_identity_arguments(p.oid)) AS object,
            CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE r.rolname END AS grantee,
            a.privilege_type AS privilege, a.is_grantable AS grantable
       FROM pg_proc p, aclexplode(coalesce(p.proacl, acldefault('f'::"char", p.proowner))) a
       LEFT JOIN pg_roles r ON r.oid = a.grantee
      WHERE p.pronamespace = 'public'::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                          AND d.objid = p.oid AND d.deptype = 'e')
        AND (a.grantee = 0 OR r.rolname = $1)`,
    [APP_ROLE],
  );
  // PUBLIC may execute a new function by default: say where a migration took that away.
  for (const fn of functions) {
    const signature = `${fn.name}(${fn.args})`;
    if (!functionGrants.some((g) => g.object === signature && g.grantee === 'PUBLIC'))
      out.push(`REVOKE EXECUTE ON FUNCTION ${signature} FROM PUBLIC;`);
  }
  out.push(...grantLines(functionGrants, 'FUNCTION'));

  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

/** A unified-style line diff (expected → actual), with a few lines of context around changes. */
export function lineDiff(expected, actual, context = 3) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  // Longest common subsequence of the differing middle, then walk it.
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const lcs = Array.from({ length: midA.length + 1 }, () => new Uint32Array(midB.length + 1));
  for (let i = midA.length - 1; i >= 0; i--)
    for (let j = midB.length - 1; j >= 0; j--)
      lcs[i][j] =
        midA[i] === midB[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops = a.slice(0, start).map((line) => ({ op: ' ', line }));
  let i = 0;
  let j = 0;
  while (i < midA.length || j < midB.length) {
    if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
      ops.push({ op: ' ', line: midA[i++] });
      j++;
    } else if (i < midA.length && (j === midB.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      ops.push({ op: '-', line: midA[i++] });
    } else {
      ops.push({ op: '+', line: midB[j++] });
    }
  }
  ops.push(...a.slice(endA).map((line) => ({ op: ' ', line })));
  const shown = ops.map((_, k) =>
    ops.slice(Math.max(0, k - context), k + context + 1).some((o) => o.op !== ' '),
  );
  const lines = [];
  let lineA = 0;
  ops.forEach((o, k) => {
    if (o.op !== '+') lineA++;
    if (!shown[k]) return;
    if (k === 0 || !shown[k - 1]) lines.push(`@@ docs/schema.sql line ${lineA} @@`);
    lines.push(`${o.op} ${o.line}`);
  });
  return lines.join('\n');
}

/** Applies every migration to an empty database, as the owner (the way the API does at start). */
async function migrate(url) {
  const require = createRequire(import.meta.url);
  process.env.SWC_NODE_PROJECT ??= join(root, 'apps/api/tsconfig.app.json');
  require('@swc-node/register');
  const { DataSource } = require('typeorm');
  if (!existsSync(MIGRATION_LIST))
    throw new Error(`${MIGRATION_LIST} is gone: point tools/schema-dump.mjs at the migration list`);
  const { MIGRATIONS } = require(MIGRATION_LIST);
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

async function dumpUrl(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await dumpSchema(client);
  } finally {
    await client.end();
  }
}

async function dumpFreshDatabase() {
  const log = (line) => console.error(`[schema] ${line}`);
  const server = await openTestServer(root, log);
  const name = `simpul_schema_${process.pid}`;
  try {
    const url = await createDatabase(server.serverUrl, name);
    try {
      await migrate(url);
      return await dumpUrl(url);
    } finally {
      await dropDatabase(server.serverUrl, name);
    }
  } finally {
    // An embedded server someone else started (a running `npm test`) is theirs to stop.
    if (!server.reused) await server.stop();
  }
}

async function main(args) {
  const check = args.includes('--check');
  const urlIndex = args.indexOf('--url');
  const url = urlIndex >= 0 ? args[urlIndex + 1] : null;
  if (urlIndex >= 0 && !url) throw new Error('--url needs a database URL');
  const actual = url ? await dumpUrl(url) : await dumpFreshDatabase();
  if (check) {
    const expected = readFileSync(SCHEMA_FILE, 'utf8');
    if (expected === actual) {
      console.log('docs/schema.sql matches the migrations.');
      return 0;
    }
    console.log(
      `docs/schema.sql differs from what the migrations produce (- file, + migrations):\n\n` +
        `${lineDiff(expected, actual)}\n\nRegenerate it with: ${REGENERATE_COMMAND}`,
    );
    return 1;
  }
  if (url) {
    process.stdout.write(actual);
    return 0;
  }
  writeFileSync(SCHEMA_FILE, actual);
  console.log(`docs/schema.sql written (${actual.split('\n').length - 1} lines).`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(2);
    },
  );
}
