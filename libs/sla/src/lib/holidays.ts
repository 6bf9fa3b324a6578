import Holidays from 'date-holidays';
import type { OfficeInterval } from './office-hours';

/** A public holiday as a holiday source reports it: a local date and its name. */
export interface LibraryHoliday {
  date: string;
  name: string;
  /** The source's own rule, e.g. `1 Shawwal` or `easter -2` (informative). */
  rule?: string;
}

/** Returns the public holidays of one year. Called lazily, at most once per year per calendar. */
export type HolidayProvider = (year: number) => readonly LibraryHoliday[];

/**
 * Corrections of date-holidays 3.37's Indonesian names, keyed by the library's rule. The library
 * names the 27 Rajab holiday (Isra Mikraj) "Maulid Nabi Muhammad", the name of 12 Rabiul Awal.
 */
export const LIBRARY_NAME_FIXES: Readonly<Record<string, string>> = {
  '27 Rajab': 'Isra Mikraj Nabi Muhammad SAW',
};

/**
 * Public holidays of a country from the `date-holidays` package (Indonesia by default).
 *
 * Uses the holiday's local *date* (the first 10 characters of `date`), never its `start`:
 * the library starts Islamic holidays at sunset of the evening before ("2026-03-20 00:00:00
 * -0600" starts 2026-03-19 18:00 WIB), while an Indonesian office is closed on the decreed date.
 */
export function dateHolidaysProvider(country = 'ID'): HolidayProvider {
  let library: Holidays | undefined;
  const years = new Map<number, readonly LibraryHoliday[]>();
  return (year) => {
    let holidays = years.get(year);
    if (!holidays) {
      library ??= new Holidays(country);
      holidays = Object.freeze(
        library
          .getHolidays(year)
          .filter((holiday) => holiday.type === 'public')
          .map((holiday) =>
            Object.freeze({
              date: holiday.date.slice(0, 10),
              name: LIBRARY_NAME_FIXES[holiday.rule] ?? holiday.name,
              rule: holiday.rule,
            }),
          ),
      );
      years.set(year, holidays);
    }
    return holidays;
  };
}

let sharedIndonesia: HolidayProvider | undefined;

/** One shared, cached date-holidays source for Indonesia (the default of every calendar). */
export function indonesianHolidays(): HolidayProvider {
  sharedIndonesia ??= dateHolidaysProvider('ID');
  return sharedIndonesia;
}

export type OverrideKind = 'holiday' | 'working';

/**
 * An admin's correction of the holiday list for one local date:
 * - `holiday`: the date is a day off (cuti bersama, a decreed date of a religious holiday),
 *   whatever the library says; `name` replaces the library's name when both exist.
 * - `working`: the date is not a holiday even if the library lists one. The day has its weekday's
 *   office hours, or `hours` when given (a make-up working Saturday needs `hours`; without them a
 *   Saturday or Sunday stays closed).
 * Moving a holiday is two overrides: `working` on the library date and `holiday` on the new one
 * (see `moveHoliday`).
 */
export interface CalendarOverride {
  date: string;
  kind: OverrideKind;
  name?: string;
  hours?: readonly OfficeInterval[];
}

/** The two overrides that move a holiday from one date to another. */
export function moveHoliday(from: string, to: string, name?: string): CalendarOverride[] {
  return [
    { date: from, kind: 'working', name: `Dipindahkan ke ${to} / Moved to ${to}` },
    { date: to, kind: 'holiday', ...(name === undefined ? {} : { name }) },
  ];
}

/**
 * National holidays and cuti bersama of 2026 as publicly reported from the joint decree (SKB) of
 * the Ministers of Religious Affairs, Manpower and PANRB No. 1497/2025, 2/2025, 5/2025 (announced
 * 19 September 2025): 17 holidays and 8 cuti bersama days. Only the dates where date-holidays
 * differs or is silent are listed. The product ships them as the 2026 calendar
 * ({@link SHIPPED_DECREE_OVERRIDES}); a bare `WorkingCalendar` does not apply them.
 * - Idul Fitri 1447 H is decreed 21–22 March (library: 20–21 March); 20 March is cuti bersama.
 * - Paskah (5 April) is a national holiday missing from the library (a Sunday, no effect on HK).
 */
export const INDONESIA_2026_DECREE_OVERRIDES: readonly CalendarOverride[] = [
  { date: '2026-02-16', kind: 'holiday', name: 'Cuti Bersama Tahun Baru Imlek 2577 Kongzili' },
  { date: '2026-03-18', kind: 'holiday', name: 'Cuti Bersama Hari Suci Nyepi' },
  { date: '2026-03-20', kind: 'holiday', name: 'Cuti Bersama Idul Fitri 1447 H' },
  { date: '2026-03-21', kind: 'holiday', name: 'Hari Raya Idul Fitri 1447 H' },
  { date: '2026-03-22', kind: 'holiday', name: 'Hari Raya Idul Fitri 1447 H' },
  { date: '2026-03-23', kind: 'holiday', name: 'Cuti Bersama Idul Fitri 1447 H' },
  { date: '2026-03-24', kind: 'holiday', name: 'Cuti Bersama Idul Fitri 1447 H' },
  { date: '2026-04-05', kind: 'holiday', name: 'Kebangkitan Yesus Kristus (Paskah)' },
  { date: '2026-05-15', kind: 'holiday', name: 'Cuti Bersama Kenaikan Yesus Kristus' },
  { date: '2026-05-28', kind: 'holiday', name: 'Cuti Bersama Idul Adha 1447 H' },
  { date: '2026-12-24', kind: 'holiday', name: 'Cuti Bersama Kelahiran Yesus Kristus' },
];

/**
 * The decrees the product ships, as overrides under the admins' own: today the 2026 SKB
 * (1497/2/5 of 2025). Later years are entered by the superadmin (a pasted decree).
 */
export const SHIPPED_DECREE_OVERRIDES: readonly CalendarOverride[] =
  INDONESIA_2026_DECREE_OVERRIDES;

/**
 * The shipped decrees with the admins' overrides over them: an admin's override of a date
 * replaces the shipped one (a `working` override cancels a shipped cuti bersama day).
 */
export function withShippedDecrees(
  overrides: readonly CalendarOverride[],
  shipped: readonly CalendarOverride[] = SHIPPED_DECREE_OVERRIDES,
): CalendarOverride[] {
  const own = new Set(overrides.map((override) => override.date));
  return [...shipped.filter((override) => !own.has(override.date)), ...overrides].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
}
