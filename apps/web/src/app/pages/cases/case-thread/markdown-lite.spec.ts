import { renderMarkdownLite, type InlineSpan } from './markdown-lite';

const plain = (text: string): InlineSpan => ({
  text,
  bold: false,
  italic: false,
  href: null,
  mention: false,
});

describe('renderMarkdownLite', () => {
  it('keeps plain text as it is, with single line breaks inside a paragraph', () => {
    expect(renderMarkdownLite('Sudah dicek.\nBesok diperbaiki.\n\nTerima kasih')).toEqual([
      { kind: 'paragraph', lines: [[plain('Sudah dicek.')], [plain('Besok diperbaiki.')]] },
      { kind: 'paragraph', lines: [[plain('Terima kasih')]] },
    ]);
  });

  it('renders bold, italic and bold italic', () => {
    const [block] = renderMarkdownLite(
      '**penting** dan *segera* atau _nanti_ **sangat _mendesak_**',
    );
    expect(block.kind).toBe('paragraph');
    const spans = block.kind === 'paragraph' ? block.lines[0] : [];
    expect(spans).toEqual([
      { ...plain('penting'), bold: true },
      plain(' dan '),
      { ...plain('segera'), italic: true },
      plain(' atau '),
      { ...plain('nanti'), italic: true },
      plain(' '),
      { ...plain('sangat '), bold: true },
      { ...plain('mendesak'), bold: true, italic: true },
    ]);
  });

  it('leaves arithmetic and snake_case words alone', () => {
    const [block] = renderMarkdownLite('2 * 3 * 4 dan jalan_rusak_parah');
    expect(block).toEqual({
      kind: 'paragraph',
      lines: [[plain('2 * 3 * 4 dan jalan_rusak_parah')]],
    });
  });

  it('links only http(s) and mailto, and never lets markup through as HTML', () => {
    const [block] = renderMarkdownLite(
      '[peta](https://maps.example/a) [x](javascript:alert(1)) lihat https://simpul.id/k/1. <b>tebal</b>',
    );
    const spans = block.kind === 'paragraph' ? block.lines[0] : [];
    expect(spans).toEqual([
      { ...plain('peta'), href: 'https://maps.example/a' },
      plain(' [x](javascript:alert(1)) lihat '),
      { ...plain('https://simpul.id/k/1'), href: 'https://simpul.id/k/1' },
      plain('. <b>tebal</b>'),
    ]);
  });

  it('makes bulleted and numbered lists', () => {
    expect(
      renderMarkdownLite('Langkah:\n- ukur lubang\n- pasang rambu\n1. lapor\n2. tutup'),
    ).toEqual([
      { kind: 'paragraph', lines: [[plain('Langkah:')]] },
      { kind: 'list', ordered: false, items: [[plain('ukur lubang')], [plain('pasang rambu')]] },
      { kind: 'list', ordered: true, items: [[plain('lapor')], [plain('tutup')]] },
    ]);
  });

  it('highlights the mentions the server recognised, longest first', () => {
    const [block] = renderMarkdownLite(
      'Mohon @UPT PJJ Malang cek, cc @Budi Santoso dan @Tidak Dikenal',
      ['UPT', 'UPT PJJ Malang', 'Budi Santoso'],
    );
    const spans = block.kind === 'paragraph' ? block.lines[0] : [];
    expect(spans).toEqual([
      plain('Mohon '),
      { ...plain('@UPT PJJ Malang'), mention: true },
      plain(' cek, cc '),
      { ...plain('@Budi Santoso'), mention: true },
      plain(' dan @Tidak Dikenal'),
    ]);
  });

  it('does not take an email address for a mention', () => {
    const [block] = renderMarkdownLite('kirim ke budi@UPT.go.id', ['UPT']);
    expect(block).toEqual({ kind: 'paragraph', lines: [[plain('kirim ke budi@UPT.go.id')]] });
  });
});
