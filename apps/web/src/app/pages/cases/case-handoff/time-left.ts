import type { TranslateService } from '@ngx-translate/core';

/** "5 jam 20 menit" until the deadline, or null once it has passed. */
export function timeLeft(
  deadline: string,
  now: Date,
  translate: Pick<TranslateService, 'instant'>,
): string | null {
  const minutes = Math.floor((new Date(deadline).getTime() - now.getTime()) / 60_000);
  if (minutes <= 0) return null;
  const hours = Math.floor(minutes / 60);
  return hours > 0
    ? translate.instant('handoff.hours', { hours, minutes: minutes % 60 })
    : translate.instant('handoff.minutes', { minutes });
}
