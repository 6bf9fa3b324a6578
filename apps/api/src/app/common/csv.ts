/** A record of a CSV file and the 1-based line it starts on (a quoted field may span lines). */
export interface CsvRecord {
  fields: string[];
  line: number;
}

export type CsvSeparator = ',' | ';';

export class CsvSyntaxError extends Error {
  constructor(readonly line: number) {
    super(`Unterminated quoted field starting on line ${line}`);
  }
}

/**
 * The separator of a file: Excel's `sep=;` hint line when present, else whichever of comma and
 * semicolon occurs more often outside quotes on the header line (Indonesian Excel writes `;`).
 */
export function detectSeparator(text: string): { separator: CsvSeparator; hintLength: number } {
  const hint = /^sep=([,;])\r?\n/i.exec(text);
  if (hint) return { separator: hint[1] as CsvSeparator, hintLength: hint[0].length };
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return { separator: semicolons > commas ? ';' : ',', hintLength: 0 };
}

/**
 * RFC 4180 records: fields in double quotes may hold separators, line breaks and doubled quotes
 * (`""`); records end with CRLF or LF. Lenient where spreadsheets are sloppy (a quote inside an
 * unquoted field is kept as text), strict where data would be lost (an unclosed quote).
 */
export function parseCsv(text: string, separator: CsvSeparator): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  let inQuotes = false;
  let atFieldStart = true;
  let i = 0;

  const endField = () => {
    fields.push(field);
    field = '';
    atFieldStart = true;
  };
  const endRecord = () => {
    endField();
    records.push({ fields, line: recordLine });
    fields = [];
  };

  while (i < text.length) {
    const char = text[i];
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
      i++;
      continue;
    }
    if (char === '"' && atFieldStart) {
      inQuotes = true;
      atFieldStart = false;
      quoteLine = line;
    } else if (char === separator) {
      endField();
    } else if (char === '\r' || char === '\n') {
      endRecord();
      if (char === '\r' && text[i + 1] === '\n') i++;
      line++;
      recordLine = line;
    } else {
      field += char;
      atFieldStart = false;
    }
    i++;
  }
  if (inQuotes) throw new CsvSyntaxError(quoteLine);
  // A final line break does not start another record.
  if (fields.length > 0 || field !== '' || !atFieldStart) endRecord();
  return records;
}
