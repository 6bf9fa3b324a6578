#!/usr/bin/env node
// The ratchet on hand-typed SQL results in the API (issue #12): per source file, how many query
// results are typed by hand, which may only go down. A hand cast is any of
//   queryRows<T>(…)                      the row type written at the call
//   x.query<T>(…)                        the same on TypeORM's query
//   const rows: T[] = await x.query(…)   a declared array type on a query's result (also `const [row]: T[]`,
//                                        and `{ a: string; … }[]` over several lines)
//   … as TRow / as TRow[]                an `as` to a type whose name ends in Row or Rows
// counted in apps/api/src/app (not specs, not migrations).
//   node tools/sql-casts/count-sql-casts.mjs            check against cast-baseline.json (exit 1 when a count rose)
//   node tools/sql-casts/count-sql-casts.mjs --update   write the current counts as the baseline
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '../..');
const appDir = join(root, 'apps/api/src/app');
const baselineFile = join(root, 'tools/sql-casts/cast-baseline.json');

export const CAST_PATTERNS = [
  /\bqueryRows\s*</g,
  /\.query\s*</g,
  /\[\]\s*=\s*(?:await\s+)?[\w.]+\.query\s*\(/g,
  /\bas\s+\w+Rows?\b/g,
];

export function countCasts(source) {
  return CAST_PATTERNS.reduce((sum, pattern) => sum + (source.match(pattern)?.length ?? 0), 0);
}

export function countTree(dir = appDir) {
  const counts = {};
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'migrations') walk(path);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) {
        const n = countCasts(readFileSync(path, 'utf8'));
        if (n > 0) counts[relative(dir, path)] = n;
      }
    }
  };
  walk(dir);
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/** The files whose count rose above the baseline (a file not in it has a baseline of 0). */
export function rises(counts, baseline) {
  return Object.entries(counts)
    .filter(([file, n]) => n > (baseline[file] ?? 0))
    .map(([file, n]) => ({ file, count: n, baseline: baseline[file] ?? 0 }));
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const counts = countTree();
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (process.argv.includes('--update')) {
    writeFileSync(baselineFile, JSON.stringify(counts, null, 2) + '\n');
    console.log(`cast-baseline.json: ${total} hand casts in ${Object.keys(counts).length} files`);
  } else {
    const baseline = JSON.parse(readFileSync(baselineFile, 'utf8'));
    const up = rises(counts, baseline);
    for (const r of up)
      console.error(
        `${r.file}: ${r.count} hand-typed query results (baseline ${r.baseline}); type them from the schema instead`,
      );
    const before = Object.values(baseline).reduce((a, b) => a + b, 0);
    if (up.length > 0) process.exit(1);
    console.log(
      `SQL casts: ${total} (baseline ${before})${total < before ? '; lower it: node tools/sql-casts/count-sql-casts.mjs --update' : ''}`,
    );
  }
}
