// Helpers shared by the SLA specs: instants from local wall-clock time (not part of the library).

/** An instant from local wall-clock time `YYYY-MM-DD HH:MM[:SS]` in WIB (UTC+7). */
export const wib = (local: string): Date => at(local, '+07:00');
/** An instant from local wall-clock time in WITA (UTC+8). */
export const wita = (local: string): Date => at(local, '+08:00');

function at(local: string, offset: string): Date {
  const [date, time] = local.split(' ');
  const full = time.length === 5 ? `${time}:00` : time;
  return new Date(`${date}T${full}${offset}`);
}
