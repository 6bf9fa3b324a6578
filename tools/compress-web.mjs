#!/usr/bin/env node
// Writes brotli (.br) and gzip (.gz) copies beside every compressible file of the built web app,
// once at build time at the strongest settings, so the API serves them by Accept-Encoding without
// compressing anything per request (apps/api/src/app/common/web-app-files.ts).
//   node tools/compress-web.mjs [dist/apps/web/browser]
import { readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|xml|webmanifest|map)$/;
/** Below this a compressed copy saves less than a packet's worth: not worth a file. */
const MIN_BYTES = 1024;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Writes `path` + suffix when smaller than the original, and removes a stale copy otherwise. */
async function writeSmaller(path, suffix, original, compressed) {
  if (compressed.length < original.length) {
    await writeFile(path + suffix, compressed);
    return compressed.length;
  }
  await unlink(path + suffix).catch(() => undefined);
  return original.length;
}

async function compress(path) {
  const original = await readFile(path);
  const [br, gz] = await Promise.all([
    brotli(original, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: original.length,
      },
    }),
    gzipAsync(original, { level: 9 }),
  ]);
  return {
    raw: original.length,
    br: await writeSmaller(path, '.br', original, br),
    gz: await writeSmaller(path, '.gz', original, gz),
  };
}

const root = resolve(process.argv[2] ?? 'dist/apps/web/browser');
if (!(await stat(root).catch(() => null))?.isDirectory()) {
  console.error(`compress-web: ${root} is not a folder (build the web app first)`);
  process.exit(1);
}
const started = Date.now();
const targets = [];
for await (const path of files(root)) {
  if (COMPRESSIBLE.test(path) && (await stat(path)).size >= MIN_BYTES) targets.push(path);
}
// zlib's asynchronous calls run on libuv's thread pool, so the files compress in parallel.
const totals = { raw: 0, br: 0, gz: 0 };
for (const result of await Promise.all(targets.map(compress))) {
  totals.raw += result.raw;
  totals.br += result.br;
  totals.gz += result.gz;
}
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
console.log(
  `compress-web: ${targets.length} files in ${relative(process.cwd(), root) || '.'}: ${kib(totals.raw)} → brotli ${kib(totals.br)}, gzip ${kib(totals.gz)} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
