import { readFile } from 'node:fs/promises';
import { type AreaTableLevel, parseCsv } from '../src/lib/kemendagri-csv';

/** Reads a Kemendagri table from the `idn-area-data` package for the specs, as the API does. */
export async function readAreaTable(level: AreaTableLevel): Promise<Record<string, string>[]> {
  return parseCsv(await readFile(require.resolve(`idn-area-data/data/${level}.csv`), 'utf8'));
}
