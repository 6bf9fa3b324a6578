export interface FollowUpTextInput {
  /** The agency that wrote the follow-up (signs the text). */
  agencyName: string;
  note: string;
  followedUpAt: Date;
}

/** "12 Mei 2026", in the province's time zone. */
export function indonesianDate(at: Date): string {
  return new Intl.DateTimeFormat('id-ID', {
    timeZone: 'Asia/Jakarta',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(at);
}

/**
 * A follow-up as an agency answers in LAPOR's tindak lanjut box: plain text (LAPOR shows no
 * formatting), a greeting, the note as written, the date, the agency. The reporter reads it.
 */
export function formatLaporFollowUp(input: FollowUpTextInput): string {
  const note = input.note.replace(/\r\n?/g, '\n').trim();
  return [
    'Terima kasih atas laporan Anda.',
    '',
    `Tindak lanjut per ${indonesianDate(input.followedUpAt)}:`,
    note,
    '',
    'Demikian kami sampaikan. Terima kasih.',
    input.agencyName,
  ].join('\n');
}
