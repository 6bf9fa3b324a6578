import { LaporFileFormatError, LaporFileSource, type LaporUpload } from './lapor-file-source';
import type { LaporSourceEntry } from './lapor-source';

const TODAY = '2026-05-20';
const upload = (text: string | Buffer, originalname = 'lapor.csv'): LaporUpload => ({
  buffer: typeof text === 'string' ? Buffer.from(text, 'utf8') : text,
  originalname,
});
const open = (text: string | Buffer, name?: string) =>
  LaporFileSource.open(upload(text, name), { today: TODAY });

async function entries(source: LaporFileSource): Promise<LaporSourceEntry[]> {
  const all: LaporSourceEntry[] = [];
  for await (const entry of source.fetchReports()) all.push(entry);
  return all;
}

function formatErrorOf(action: () => unknown): LaporFileFormatError {
  try {
    action();
  } catch (error) {
    if (error instanceof LaporFileFormatError) return error;
    throw error;
  }
  throw new Error('expected a LaporFileFormatError');
}

const HEADER = 'trackingId,title,content,date,category,location,anonymous,confidential,status';

describe('LaporFileSource: CSV', () => {
  it('reads comma files with quoted commas and line breaks, a BOM, and maps the fields', async () => {
    const text =
      '\uFEFF' +
      `${HEADER},reporterName,reporterContact,reporterNik\r\n` +
      '1916449,Jalan berlubang di Jl. Raya Kepanjen,"Lubang besar, dalam.\r\nSudah 2 minggu.",2026-05-01,Jalan,"Jl. Raya Kepanjen, Malang",tidak,ya,Terdisposisi,Sutrisno,0813,3507111111800001\r\n';
    const source = open(text);
    expect(source.format).toBe('csv');
    const [entry] = await entries(source);
    expect(entry).toEqual({
      row: 2,
      report: {
        trackingId: '1916449',
        title: 'Jalan berlubang di Jl. Raya Kepanjen',
        content: 'Lubang besar, dalam.\nSudah 2 minggu.',
        date: '2026-05-01',
        categoryText: 'Jalan',
        category: 'jalan_rusak',
        location: 'Jl. Raya Kepanjen, Malang',
        anonymous: false,
        confidential: true,
        status: 'Terdisposisi',
        reporterName: 'Sutrisno',
        reporterContact: '0813',
        reporterNik: '3507111111800001',
      },
    });
  });

  it('reads semicolon files from Indonesian Excel, with Indonesian header names', async () => {
    const text =
      'Tracking ID;Judul;Isi Laporan;Tanggal;Kategori;Lokasi;Anonim;Rahasia\n' +
      '2000001;Lampu PJU mati;Gelap, rawan;2026-04-30;Penerangan Jalan;;1;0\n';
    const [entry] = await entries(open(text));
    expect(entry).toMatchObject({
      row: 2,
      report: {
        trackingId: '2000001',
        content: 'Gelap, rawan',
        category: 'pju',
        location: null,
        anonymous: true,
        confidential: false,
      },
    });
    // Columns the file does not have stay undefined (the Simpul value is left alone).
    expect('reporterName' in (entry as { report: object }).report).toBe(false);
  });

  it('reports every broken field of a row with the spreadsheet row number, and keeps the others', async () => {
    const text =
      `${HEADER},reporterNik\n` +
      '12ab,,isi,2026-02-30,Jalan,,mungkin,ya,,123\n' +
      '2000002,Judul baik,Isi baik,2026-05-02,,,false,true,,\n' +
      '2000003,Judul,Isi,2099-01-01,,,0,0,,\n';
    const all = await entries(open(text));
    expect(all).toHaveLength(3);
    const [broken, good, future] = all;
    expect('errors' in broken && broken.errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'trackingId'],
      [2, 'title'],
      [2, 'date'],
      [2, 'anonymous'],
      [2, 'reporterNik'],
    ]);
    if ('errors' in broken) {
      expect(broken.errors[0].message).toEqual({
        id: 'trackingId harus 4–12 angka',
        en: 'trackingId must be 4–12 digits',
      });
    }
    // An empty category is LAPOR saying "none": lainnya.
    expect('report' in good && good.report.category).toBe('lainnya');
    expect('errors' in future && future.errors).toEqual([
      expect.objectContaining({ row: 4, field: 'date', trackingId: '2000003' }),
    ]);
  });

  it('refuses a row whose cells do not line up with the header, and skips blank lines', async () => {
    const text = `${HEADER}\n2000004,Judul,Isi,2026-05-02,Jalan,Lokasi,0,0,x,ekstra\n\n,,,,,,,,\n  \n`;
    const all = await entries(open(text));
    expect(all).toEqual([{ row: 2, errors: [expect.objectContaining({ row: 2, field: 'row' })] }]);
  });

  it('requires the privacy flags in every row', async () => {
    const [entry] = await entries(open(`${HEADER}\n2000005,Judul,Isi,2026-05-02,,,,,\n`));
    expect('errors' in entry && entry.errors.map((e) => e.field)).toEqual([
      'anonymous',
      'confidential',
    ]);
  });

  it('lists unknown header columns instead of failing', () => {
    expect(open(`${HEADER},Judull\n2000006,a,b,2026-01-01,,,0,0,,x\n`).ignoredColumns).toEqual([
      'Judull',
    ]);
  });

  it.each([
    ['', 'file kosong'],
    ['\uFEFF \n', 'file kosong'],
    [HEADER + '\n', 'tidak berisi satu laporan pun'],
    ['title,content\nA,B\n', 'tidak memuat kolom wajib: trackingId, date, anonymous, confidential'],
    [`${HEADER}\n1,"open\n`, 'tanda kutip yang dibuka pada baris 2 tidak ditutup'],
    [`trackingId,${HEADER}\n`, 'kolom trackingId muncul lebih dari sekali'],
  ])('refuses a broken file %#', (text, message) => {
    expect(formatErrorOf(() => open(text)).reason.id).toContain(message);
  });

  it('refuses an Excel workbook and text that is not UTF-8, saying what to do', () => {
    expect(formatErrorOf(() => open(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1]))).reason.en).toMatch(
      /CSV UTF-8/,
    );
    expect(
      formatErrorOf(() => open(Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0xe9, 0x0a]))).reason.id,
    ).toMatch(/UTF-8/);
  });
});

describe('LaporFileSource: JSON', () => {
  const report = {
    trackingId: 1916450,
    title: 'Jembatan retak',
    content: 'Retak di sambungan',
    date: '2026-05-03',
    category: 'Jembatan',
    location: 'Desa Sumberpucung',
    anonymous: true,
    confidential: 'tidak',
    classification: 'Permintaan Informasi',
  };

  it('reads a list of reports, with typed values, detected by content', async () => {
    const source = open(JSON.stringify([report]), 'export');
    expect(source.format).toBe('json');
    const [entry] = await entries(source);
    expect(entry).toMatchObject({
      row: 1,
      report: {
        trackingId: '1916450',
        category: 'jembatan',
        anonymous: true,
        confidential: false,
        classification: 'permintaan_informasi',
      },
    });
  });

  it('reads { "reports": [...] } and reports broken items by position', async () => {
    const text = JSON.stringify({
      reports: [report, 'not an object', { ...report, trackingId: '1916451', reporterNik: 42 }],
    });
    const all = await entries(open(text, 'lapor.json'));
    expect(all.map((e) => ('errors' in e ? e.errors.map((x) => [x.row, x.field]) : 'ok'))).toEqual([
      'ok',
      [[2, 'row']],
      [[3, 'reporterNik']],
    ]);
  });

  it('refuses a value that is not text', async () => {
    const [entry] = await entries(
      open(JSON.stringify([{ ...report, title: { a: 1 } }]), 'lapor.json'),
    );
    expect('errors' in entry && entry.errors[0]).toMatchObject({
      field: 'title',
      message: { id: 'title harus berupa teks' },
    });
  });

  it.each([
    ['[{"trackingId": 1,', 'file JSON tidak dapat dibaca'],
    ['{"data": []}', 'daftar laporan'],
    ['[]', 'tidak berisi satu laporan pun'],
  ])('refuses a broken JSON file %#', (text, message) => {
    expect(formatErrorOf(() => open(text, 'x.json')).reason.id).toContain(message);
  });
});
