import type { PublishedClarification } from '@simpul/contracts';
import { CARD_SIZE, measuredShareCardLayout, renderShareCard, type CardLayout } from './share-card';

function sample(title: string, faktanya: string): PublishedClarification {
  return {
    id: 'c1',
    slug: 'jembatan',
    url: 'https://simpul.example.go.id/klarifikasi/jembatan',
    status: 'published',
    publishedAt: '2026-12-07T03:00:00.000Z',
    updatedAt: '2026-12-07T03:00:00.000Z',
    notes: [],
    content: {
      label: 'DISINFORMASI',
      title,
      claim: {
        narrative: 'x',
        platform: 'WhatsApp',
        sourceUrls: [],
        archiveUrls: [],
        loggedAt: '2026-12-07T00:00:00Z',
      },
      penjelasan: '',
      faktanya,
      sumber: ['UPT PJJ Malang'],
      agencies: [
        { id: 'a', name: 'Dinas PU Bina Marga Provinsi Jawa Timur', shortName: 'DPU BM Jatim' },
      ],
      evidence: [],
    },
  };
}

/** Width and height from the PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function expectInside(layout: CardLayout): void {
  const { bounds } = layout;
  let previousBottom = layout.label.y + layout.label.height;
  expect(layout.label.x + layout.label.width).toBeLessThanOrEqual(bounds.right);
  for (const block of layout.blocks) {
    expect(block.top).toBeGreaterThanOrEqual(previousBottom);
    for (const line of block.lines) {
      expect(line.x).toBeGreaterThanOrEqual(bounds.left);
      expect(line.x + line.width).toBeLessThanOrEqual(bounds.right);
      expect(line.y - block.size).toBeGreaterThanOrEqual(bounds.top);
      expect(line.y).toBeLessThanOrEqual(bounds.bottom);
    }
    expect(block.bottom).toBeLessThanOrEqual(bounds.bottom);
    previousBottom = block.bottom;
  }
}

/** The shown lines say the source text in order (word by word), ending in "…" only if cut. */
function expectFaithful(layout: CardLayout): void {
  for (const block of layout.blocks) {
    const shown = block.lines
      .map((line) => line.text)
      .join(' ')
      .replace(/\s+/g, ' ');
    const source = block.source.replace(/\s+/g, ' ');
    if (block.truncated) {
      expect(shown.endsWith('…')).toBe(true);
      expect(source.replace(/ /g, '').startsWith(shown.slice(0, -1).replace(/ /g, ''))).toBe(true);
    } else {
      expect(shown.replace(/ /g, '')).toBe(source.replace(/ /g, ''));
    }
  }
}

describe('share card', () => {
  it('is a 1080×1080 PNG', () => {
    const png = renderShareCard(
      sample('Jembatan Kedungkandang tidak putus', 'Jembatan utuh dan dapat dilalui.'),
    );
    expect(pngSize(png)).toEqual({ width: CARD_SIZE, height: CARD_SIZE });
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('shows a short text whole, at the largest size, inside the card', () => {
    const layout = measuredShareCardLayout(
      sample('Jembatan Kedungkandang tidak putus', 'Jembatan utuh dan dapat dilalui.'),
    );
    expectInside(layout);
    expectFaithful(layout);
    expect(layout.blocks[0].size).toBe(68);
    expect(layout.blocks.every((block) => !block.truncated)).toBe(true);
    expect(layout.blocks[3].lines.map((l) => l.text).join('\n')).toContain(
      'simpul.example.go.id/klarifikasi/jembatan',
    );
  });

  it('shrinks, wraps and, only when it must, cuts a long text with an ellipsis, never past the edges', () => {
    const title =
      'Video jembatan ambruk yang viral bukan Jembatan Kedungkandang di Kabupaten Malang, melainkan jembatan di provinsi lain pada tahun 2021 '.repeat(
        2,
      );
    const faktanya = `${'Petugas UPT PJJ Malang memeriksa jembatan pagi ini; struktur utuh, lalu lintas normal. '.repeat(12)}Supercalifragilisticexpialidocious${'x'.repeat(120)}`;
    const layout = measuredShareCardLayout(sample(title, faktanya));
    expectInside(layout);
    expectFaithful(layout);
    expect(layout.blocks[2].truncated).toBe(true);
    expect(layout.blocks[2].size).toBe(28);
    const png = renderShareCard(sample(title, faktanya));
    expect(pngSize(png)).toEqual({ width: CARD_SIZE, height: CARD_SIZE });
  });

  it('breaks a word wider than the card instead of letting it run off', () => {
    const layout = measuredShareCardLayout(sample('W'.repeat(80), 'M'.repeat(200)));
    expectInside(layout);
    expectFaithful(layout);
  });
});
