import { Pipe, type PipeTransform } from '@angular/core';
import type { Language } from '../../core/language.service';

const TIME_ZONE = 'Asia/Jakarta';
const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, withTime: boolean): Intl.DateTimeFormat {
  const key = `${language}:${withTime}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(LOCALES[language], {
      timeZone: TIME_ZONE,
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
    });
    formatters.set(key, cached);
  }
  return cached;
}

/** Formats an instant in Western Indonesian Time, whatever the device's time zone. */
export function formatWib(iso: string, language: Language, withTime = true): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = formatter(language, withTime).format(date);
  return withTime ? `${text} WIB` : text;
}

const calendarDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in WIB as `YYYY-MM-DD`, the format of date inputs and of the API. */
export function todayWib(now: Date = new Date()): string {
  return calendarDate.format(now);
}

/** `entry.at | wibDate: language()` → "28 Nov 2026, 14.05 WIB"; add `: false` for the date only. */
@Pipe({ name: 'wibDate' })
export class WibDatePipe implements PipeTransform {
  transform(iso: string | null | undefined, language: Language, withTime = true): string {
    return iso ? formatWib(iso, language, withTime) : '';
  }
}
