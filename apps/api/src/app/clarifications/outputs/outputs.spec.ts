import type { PublishedClarification } from '@simpul/contracts';
import {
  INSTAGRAM_CAPTION_LIMIT,
  WHATSAPP_TEXT_LIMIT,
  X_POST_LIMIT,
  renderOutputs,
  renderPublicIndex,
  renderPublicPage,
  toHtml,
  toWhatsApp,
  xLength,
  xThread,
} from './index';

const LONG_URL = `https://www.facebook.com/groups/infojatim/permalink/${'9'.repeat(180)}?ref=share&mibextid=abc`;

function sample(overrides: Partial<PublishedClarification> = {}): PublishedClarification {
  return {
    id: 'c1',
    slug: 'jembatan-kedungkandang-tidak-putus',
    url: 'https://simpul.example.go.id/klarifikasi/jembatan-kedungkandang-tidak-putus',
    status: 'published',
    publishedAt: '2026-12-07T03:00:00.000Z',
    updatedAt: '2026-12-07T03:00:00.000Z',
    notes: [],
    content: {
      label: 'HOAKS',
      title: 'Jembatan Kedungkandang **tidak** putus',
      claim: {
        narrative: 'Jembatan Kedungkandang putus! Jangan lewat, sudah ada korban. Sebarkan!',
        platform: 'WhatsApp',
        sourceUrls: [LONG_URL, 'https://x.com/akun/status/1'],
        archiveUrls: ['https://archive.ph/abcde'],
        loggedAt: '2026-12-06T22:00:00.000Z',
      },
      penjelasan:
        'Video yang beredar direkam di provinsi lain pada 2021.\n\n- Lokasi video: [Kab. Contoh](https://berita.example/contoh)\n- Tanggal: Maret 2021',
      faktanya:
        'Petugas UPT PJJ Malang memeriksa jembatan pada 7 Desember 2026 pukul 08.00 WIB. **Jembatan utuh dan dapat dilalui** kendaraan roda empat.',
      sumber: [
        'Pemeriksaan lapangan UPT PJJ Malang, 7 Desember 2026',
        '[Status ruas jalan provinsi](https://dpubm.jatimprov.go.id/ruas/123)',
      ],
      agencies: [
        { id: 'a1', name: 'Dinas PU Bina Marga Provinsi Jawa Timur', shortName: 'DPU BM Jatim' },
        {
          id: 'a2',
          name: 'Dinas Komunikasi dan Informatika Provinsi Jawa Timur',
          shortName: 'Kominfo Jatim',
        },
      ],
      evidence: [
        {
          url: '/klarifikasi/jembatan-kedungkandang-tidak-putus/bukti/p1.jpg',
          caption: 'Jembatan utuh, 7 Des 2026',
        },
      ],
    },
    ...overrides,
  };
}

interface ClaimReviewJson {
  '@context': string;
  '@type': string;
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: { '@type': string; name: string };
  reviewRating: Record<string, unknown>;
  itemReviewed: { '@type': string; appearance?: unknown[]; firstAppearance?: unknown };
}

function jsonLd(html: string): ClaimReviewJson {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no JSON-LD');
  return JSON.parse(match[1]) as ClaimReviewJson;
}

describe('light markup per channel', () => {
  it('converts bold, links and lists to HTML, escaping everything else', () => {
    expect(toHtml('**a** <b>\n- [x](https://e.x/?a=1&b=2)\n- y')).toBe(
      '<p><strong>a</strong> &lt;b&gt;</p>\n<ul><li><a href="https://e.x/?a=1&amp;b=2" rel="nofollow noopener">x</a></li><li>y</li></ul>',
    );
  });
  it('never makes a javascript: link', () => {
    expect(toHtml('[klik](javascript:alert(1))')).not.toContain('<a');
  });
  it('writes WhatsApp bold and bullets', () => {
    expect(toWhatsApp('**Faktanya** ok\n- satu')).toBe('*Faktanya* ok\n\n• satu');
  });
});

describe('X thread', () => {
  it('counts any URL as 23', () => {
    expect(xLength(`a ${LONG_URL}`)).toBe(2 + 23);
  });
  it('keeps every post under 280 with long URLs, numbered 1/n, with label, sources and the link', () => {
    const long = sample();
    long.content.faktanya = `${'Jembatan diperiksa dan aman dilalui. '.repeat(25)}${LONG_URL} ${LONG_URL}`;
    const posts = xThread(long);
    expect(posts.length).toBeGreaterThan(2);
    posts.forEach((post, i) => {
      expect(xLength(post)).toBeLessThanOrEqual(X_POST_LIMIT);
      expect(post.endsWith(` ${i + 1}/${posts.length}`)).toBe(true);
    });
    const all = posts.join('\n');
    expect(posts[0]).toContain('[HOAKS]');
    expect(all).toContain('Pemeriksaan lapangan UPT PJJ Malang');
    expect(all).toContain('https://dpubm.jatimprov.go.id/ruas/123');
    expect(all).toContain(long.url);
    // Nothing of the text is lost in the split.
    expect(all.split(LONG_URL).length - 1).toBe(2);
  });
  it('cuts a single word longer than a post', () => {
    const odd = sample();
    odd.content.penjelasan = 'x'.repeat(700);
    for (const post of xThread(odd)) expect(xLength(post)).toBeLessThanOrEqual(X_POST_LIMIT);
  });
});

describe('WhatsApp and Instagram', () => {
  it('carry the label, the sources and the link (Instagram: link in bio, no addresses)', () => {
    const outputs = renderOutputs(sample());
    expect(outputs.whatsapp).toContain('*[HOAKS]*');
    expect(outputs.whatsapp).toContain('*Faktanya:*');
    expect(outputs.whatsapp).toContain('*Jembatan utuh dan dapat dilalui*');
    expect(outputs.whatsapp).toContain('https://dpubm.jatimprov.go.id/ruas/123');
    expect(outputs.whatsapp).toContain(sample().url);
    expect(outputs.instagramCaption).toContain('[HOAKS]');
    expect(outputs.instagramCaption).toContain('Pemeriksaan lapangan UPT PJJ Malang');
    expect(outputs.instagramCaption).toContain('Status ruas jalan provinsi');
    expect(outputs.instagramCaption).toContain('link di bio');
    expect(outputs.instagramCaption).not.toMatch(/https?:\/\//);
    expect(outputs.shareCardUrl).toBe(`${sample().url}/kartu.png`);
  });
  it('stay within their limits when the texts are very long, keeping label, sources and ending', () => {
    const long = sample();
    long.content.penjelasan = 'Penjelasan panjang. '.repeat(400);
    long.content.faktanya = 'Fakta panjang. '.repeat(400);
    const outputs = renderOutputs(long);
    expect([...outputs.whatsapp].length).toBeLessThanOrEqual(WHATSAPP_TEXT_LIMIT);
    expect([...outputs.instagramCaption].length).toBeLessThanOrEqual(INSTAGRAM_CAPTION_LIMIT);
    for (const text of [outputs.whatsapp, outputs.instagramCaption]) {
      expect(text).toContain('[HOAKS]');
      expect(text).toContain('Pemeriksaan lapangan UPT PJJ Malang');
      expect(text).toContain('…');
    }
    expect(outputs.whatsapp.endsWith(long.url)).toBe(true);
    expect(outputs.instagramCaption.endsWith('link di bio.')).toBe(true);
  });
});

describe('correction and retraction notes', () => {
  it('appear dated on every output', () => {
    const corrected = sample({
      status: 'corrected',
      updatedAt: '2026-12-08T02:00:00.000Z',
      notes: [
        {
          kind: 'correction',
          at: '2026-12-08T02:00:00.000Z',
          text: 'Jam pemeriksaan diralat: 09.00 WIB.',
        },
      ],
    });
    const outputs = renderOutputs(corrected);
    const page = renderPublicPage(corrected);
    for (const text of [outputs.whatsapp, outputs.instagramCaption, outputs.xThread[0], page]) {
      expect(text).toContain('RALAT 8 Desember 2026');
      expect(text).toContain('Jam pemeriksaan diralat: 09.00 WIB.');
    }
  });
  it('a retraction heads every output and the page drops its ClaimReview', () => {
    const retracted = sample({
      status: 'retracted',
      notes: [
        {
          kind: 'retraction',
          at: '2026-12-09T02:00:00.000Z',
          text: 'Dicabut: jembatan ternyata rusak ringan.',
        },
      ],
    });
    const outputs = renderOutputs(retracted);
    expect(outputs.whatsapp.startsWith('*DICABUT 9 Desember 2026:*')).toBe(true);
    expect(outputs.xThread[0].startsWith('DICABUT 9 Desember 2026:')).toBe(true);
    const page = renderPublicPage(retracted);
    expect(page).toContain('DICABUT 9 Desember 2026');
    expect(page).not.toContain('application/ld+json');
    expect(page).toContain('noindex');
  });
});

describe('public page', () => {
  it('holds valid ClaimReview JSON-LD with the required fields', () => {
    const review = jsonLd(renderPublicPage(sample()));
    expect(review['@context']).toBe('https://schema.org');
    expect(review['@type']).toBe('ClaimReview');
    expect(review.url).toBe(sample().url);
    expect(review.claimReviewed).toContain('Jembatan Kedungkandang putus!');
    expect(review.datePublished).toBe('2026-12-07');
    expect(review.author).toEqual({
      '@type': 'Organization',
      name: 'Dinas PU Bina Marga Provinsi Jawa Timur',
    });
    expect(review.reviewRating).toMatchObject({
      '@type': 'Rating',
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'HOAKS',
    });
    expect(review.itemReviewed['@type']).toBe('Claim');
    expect(review.itemReviewed.appearance).toEqual([
      { '@type': 'CreativeWork', url: LONG_URL },
      { '@type': 'CreativeWork', url: 'https://x.com/akun/status/1' },
    ]);
    expect(review.itemReviewed.firstAppearance).toEqual({ '@type': 'CreativeWork', url: LONG_URL });
  });
  it('reads without JavaScript: the whole text is in the HTML, with Open Graph tags and no script but JSON-LD', () => {
    const html = renderPublicPage(sample());
    expect(html).toContain('<h1>Jembatan Kedungkandang tidak putus</h1>');
    expect(html).toContain('Jembatan utuh dan dapat dilalui');
    expect(html).toContain('Video yang beredar direkam di provinsi lain');
    expect(html).toContain(
      '<meta property="og:title" content="[HOAKS] Jembatan Kedungkandang tidak putus">',
    );
    expect(html).toContain(`<meta property="og:image" content="${sample().url}/kartu.png">`);
    expect(html).toContain(
      '<img src="/klarifikasi/jembatan-kedungkandang-tidak-putus/bukti/p1.jpg"',
    );
    expect(html.match(/<script/g)).toHaveLength(1);
  });
  it('escapes hostile text everywhere, including inside the JSON-LD', () => {
    const hostile = sample();
    hostile.content.title = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
    hostile.content.claim.narrative = '</script><script>alert(3)</script>';
    hostile.content.agencies[0].name = 'A & B "<x>"';
    hostile.content.evidence = [{ url: 'javascript:alert(4)', caption: '<b>x</b>' }];
    const html = renderPublicPage(hostile);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('javascript:alert(4)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const review = jsonLd(html);
    expect(review.claimReviewed).toBe('</script><script>alert(3)</script>');
    expect(review.author.name).toBe('A & B "<x>"');
  });
  it('index lists newest first and says what to expect when empty', () => {
    const html = renderPublicIndex([
      {
        slug: 'lama',
        label: 'HOAKS',
        title: 'Lama',
        status: 'published',
        publishedAt: '2026-12-01T00:00:00Z',
      },
      {
        slug: 'baru',
        label: 'MISINFORMASI',
        title: 'Baru',
        status: 'retracted',
        publishedAt: '2026-12-05T00:00:00Z',
      },
    ]);
    expect(html.indexOf('/klarifikasi/baru')).toBeLessThan(html.indexOf('/klarifikasi/lama'));
    expect(html).toContain('dicabut');
    expect(renderPublicIndex([])).toContain('Belum ada klarifikasi yang diterbitkan.');
  });
});
