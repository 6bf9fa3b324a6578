#!/usr/bin/env node
// `npm run sql:types`: pgtyped reads every apps/api/src/app/**/*.sql (statements named
// `/* @name X */`) against a migrated database (DATABASE_URL, as its owner) and writes beside each
// file its `.queries.ts`: the parameter and result types the schema gives, and the prepared
// statement (run with runQuery from database/typed-query.ts). The files are committed.
//   DATABASE_URL=… node tools/sql-types.mjs           write them
//   DATABASE_URL=… node tools/sql-types.mjs --check   exit 1 when a committed file differs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const config = JSON.parse(readFileSync(join(root, 'apps/api/pgtyped.json'), 'utf8'));
const check = process.argv.includes('--check');
if (!process.env.DATABASE_URL) {
  console.error('sql-types: set DATABASE_URL to a migrated database (as its owner)');
  process.exit(2);
}

const out = check ? mkdtempSync(join(tmpdir(), 'simpul-sql-types-')) : null;
const runConfig = join(mkdtempSync(join(tmpdir(), 'simpul-pgtyped-')), 'pgtyped.json');
writeFileSync(
  runConfig,
  JSON.stringify({
    ...config,
    transforms: config.transforms.map((t) => ({
      ...t,
      emitTemplate: out ? join(out, t.emitTemplate) : t.emitTemplate,
    })),
  }),
);
const run = spawnSync(join(root, 'node_modules/.bin/pgtyped'), ['-c', runConfig], {
  cwd: root,
  encoding: 'utf8',
});
rmSync(dirname(runConfig), { recursive: true, force: true });
// pgtyped reports a statement it cannot type on its output and still exits 0; so does a parse error.
const failure = /Error in query|is invalid\.|Error processing|Failed to parse/;
if (run.status !== 0 || failure.test(run.stdout + run.stderr)) {
  console.error(run.stdout + run.stderr);
  console.error(
    'sql-types: pgtyped could not type every statement (see above); nothing is trustworthy until it does.',
  );
  process.exit(1);
}

function generated(dir) {
  const files = [];
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.queries.ts')) files.push(relative(dir, path));
    }
  };
  if (existsSync(dir)) walk(dir);
  return files.sort();
}

if (out) {
  const fresh = generated(join(out, config.srcDir));
  const committed = generated(join(root, config.srcDir));
  const stale = [...new Set([...fresh, ...committed])].filter((file) => {
    const a = join(out, config.srcDir, file);
    const b = join(root, config.srcDir, file);
    return !existsSync(a) || !existsSync(b) || readFileSync(a, 'utf8') !== readFileSync(b, 'utf8');
  });
  rmSync(out, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(
      `Stale SQL types (the .sql files or the schema changed): ${stale.join(', ')}\n` +
        'Regenerate: DATABASE_URL=<a migrated database> npm run sql:types',
    );
    process.exit(1);
  }
  console.log(`SQL types match the schema (${fresh.length} files).`);
} else {
  console.log(run.stdout.trim());
}
