/** Dates on the outputs: Indonesian, in Western Indonesian Time (the agencies' public clock). */
export function formatDateId(iso: string): string {
  return new Intl.DateTimeFormat('id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Asia/Jakarta',
  }).format(new Date(iso));
}

export function formatDateTimeId(iso: string): string {
  const date = new Date(iso);
  const time = new Intl.DateTimeFormat('id-ID', {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'Asia/Jakarta',
  }).format(date);
  return `${formatDateId(iso)} ${time.replace('.', ':')} WIB`;
}
