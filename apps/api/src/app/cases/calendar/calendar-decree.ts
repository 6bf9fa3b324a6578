import { bilingual, type Bilingual } from '../../common/bilingual';

/** One day off of a decree, as pasted. */
export interface DecreeDay {
  date: string;
  name: string;
}

export const DECREE_NAME_MAX = 120;
export const DECREE_MAX_LINES = 100;

const LINE = /^(\d{4}-\d{2}-\d{2})\s*[;,\t-]?\s*(.*)$/;

function isRealDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/**
 * Reads a pasted decree: one `YYYY-MM-DD Name` per line (a tab, `;`, `,` or `-` may separate
 * them; blank lines are skipped). Every line's problem is reported with its line number, in
 * Indonesian and English; nothing is read from a list with a problem.
 */
export function parseDecree(
  text: string,
  year: number,
): { days: DecreeDay[]; errors: Bilingual[] } {
  const days: DecreeDay[] = [];
  const errors: Bilingual[] = [];
  const seen = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const number = index + 1;
    if (!line) return;
    const match = LINE.exec(line);
    if (!match || !isRealDate(match[1])) {
      errors.push(
        bilingual(
          `baris ${number}: awali dengan tanggal YYYY-MM-DD lalu nama hari libur`,
          `line ${number}: start with a date YYYY-MM-DD, then the holiday's name`,
        ),
      );
      return;
    }
    const [, date, rest] = match;
    const name = rest.trim();
    if (!date.startsWith(`${year}-`)) {
      errors.push(
        bilingual(
          `baris ${number}: ${date} bukan tahun ${year}`,
          `line ${number}: ${date} is not in ${year}`,
        ),
      );
    } else if (!name) {
      errors.push(
        bilingual(
          `baris ${number}: nama hari libur wajib diisi`,
          `line ${number}: the holiday's name is required`,
        ),
      );
    } else if (name.length > DECREE_NAME_MAX) {
      errors.push(
        bilingual(
          `baris ${number}: nama paling banyak ${DECREE_NAME_MAX} karakter`,
          `line ${number}: the name has at most ${DECREE_NAME_MAX} characters`,
        ),
      );
    } else if (seen.has(date)) {
      errors.push(
        bilingual(
          `baris ${number}: ${date} sudah ada di baris ${seen.get(date)}`,
          `line ${number}: ${date} is already on line ${seen.get(date)}`,
        ),
      );
    } else {
      seen.set(date, number);
      days.push({ date, name });
    }
  });
  if (errors.length === 0 && days.length === 0)
    errors.push(bilingual('daftar hari libur kosong', 'the list of days off is empty'));
  if (days.length > DECREE_MAX_LINES)
    errors.push(
      bilingual(
        `paling banyak ${DECREE_MAX_LINES} hari libur per tahun`,
        `at most ${DECREE_MAX_LINES} days off per year`,
      ),
    );
  return { days: days.sort((a, b) => (a.date < b.date ? -1 : 1)), errors };
}
