import { formatLaporFollowUp, indonesianDate } from './lapor-follow-up-text';

describe('formatLaporFollowUp', () => {
  it('writes the note as plain text with the date in Indonesian and the agency signing', () => {
    const text = formatLaporFollowUp({
      agencyName: 'UPT PJJ Malang',
      note: '  Lubang sudah ditambal tim URC.\r\nMohon konfirmasi.  ',
      // 23:30 UTC is already the next day in Jakarta.
      followedUpAt: new Date('2026-05-11T23:30:00Z'),
    });
    expect(text).toBe(
      [
        'Terima kasih atas laporan Anda.',
        '',
        'Tindak lanjut per 12 Mei 2026:',
        'Lubang sudah ditambal tim URC.\nMohon konfirmasi.',
        '',
        'Demikian kami sampaikan. Terima kasih.',
        'UPT PJJ Malang',
      ].join('\n'),
    );
  });

  it('names months in Indonesian', () => {
    expect(indonesianDate(new Date('2026-08-17T03:00:00Z'))).toBe('17 Agustus 2026');
  });
});
