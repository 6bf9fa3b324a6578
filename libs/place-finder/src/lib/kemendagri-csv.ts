/** The three Kemendagri area tables the place finder indexes. */
export type AreaTableLevel = 'regencies' | 'districts' | 'villages';

/**
 * Reads one Kemendagri area table as rows keyed by the CSV header (`code`, `name`,
 * `province_code`...). The library does no I/O itself: the API passes a reader of the files that
 * the `idn-area-data` package ships.
 */
export type AreaTableReader = (level: AreaTableLevel) => Promise<Record<string, string>[]>;

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
