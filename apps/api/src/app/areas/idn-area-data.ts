import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type AreaLevel = 'provinces' | 'regencies' | 'districts' | 'villages';

/**
 * Reads the official Kemendagri area tables that the `idn-area-data` package ships as CSV.
 * The package's own loader is ESM-only, which neither the CommonJS API bundle nor Jest can
 * require, so the files are read directly.
 */
export async function readAreaTable(level: AreaLevel): Promise<Record<string, string>[]> {
  const packageMain = createRequire(__filename).resolve('idn-area-data');
  const file = join(dirname(packageMain), '..', 'data', `${level}.csv`);
  return parseCsv(await readFile(file, 'utf8'));
}

/** RFC 4180 CSV (quoted fields, doubled quotes) into one object per row keyed by the header. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      // Only a quote that opens a field starts quoting: the data writes apostrophes as a bare
      // quote inside names (`Soka"an`).
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}
