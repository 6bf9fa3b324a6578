import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseCsv } from '@simpul/place-finder';

export type AreaLevel = 'provinces' | 'regencies' | 'districts' | 'villages';

/**
 * Reads the official Kemendagri area tables that the `idn-area-data` package ships as CSV.
 * The package's own loader is ESM-only, which neither the CommonJS API bundle nor Jest can
 * require, so the files are read directly (and parsed by the place finder's `parseCsv`).
 */
export async function readAreaTable(level: AreaLevel): Promise<Record<string, string>[]> {
  const packageMain = createRequire(__filename).resolve('idn-area-data');
  const file = join(dirname(packageMain), '..', 'data', `${level}.csv`);
  return parseCsv(await readFile(file, 'utf8'));
}
