import type { ClarificationLabel, PublishedClarification } from '@simpul/contracts';
import { formatDateId, formatDateTimeId } from './dates';
import { escapeHtml, isWebUrl, toHtml, toPlain } from './markup';
import { noteHeading } from './text-outputs';

/** schema.org ClaimReview rating per label (1 = false … 5 = true). */
export const LABEL_RATING: Record<ClarificationLabel, { value: number; text: string }> = {
  HOAKS: { value: 1, text: 'Hoaks: klaim palsu' },
  DISINFORMASI: { value: 1, text: 'Disinformasi: sengaja menyesatkan' },
  MISINFORMASI: { value: 2, text: 'Misinformasi: keliru tanpa niat menyesatkan' },
  KLARIFIKASI: { value: 3, text: 'Klarifikasi: perlu konteks' },
};

const LABEL_COLOUR: Record<ClarificationLabel, string> = {
  HOAKS: '#b3261e',
  DISINFORMASI: '#8c1d18',
  MISINFORMASI: '#a15c00',
  KLARIFIKASI: '#0b57d0',
};

export function labelColour(label: ClarificationLabel): string {
  return LABEL_COLOUR[label];
}

/** JSON inside <script>: no `<`, `>`, `&` or line separators that could end the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function shareCardUrl(clarification: PublishedClarification): string {
  return `${clarification.url.replace(/\/$/, '')}/kartu.png`;
}

/** The schema.org ClaimReview of a published clarification (none once retracted). */
export function claimReview(clarification: PublishedClarification): Record<string, unknown> {
  const { content } = clarification;
  const author = content.agencies[0];
  const appearances = content.claim.sourceUrls.filter(isWebUrl).map((url) => ({
    '@type': 'CreativeWork',
    url,
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: clarification.url,
    claimReviewed: toPlain(content.claim.narrative),
    datePublished: clarification.publishedAt.slice(0, 10),
    dateModified: clarification.updatedAt,
    headline: toPlain(content.title),
    author: { '@type': 'Organization', name: author?.name ?? 'Simpul' },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: LABEL_RATING[content.label].value,
      bestRating: 5,
      worstRating: 1,
      alternateName: content.label,
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(appearances.length > 0
        ? { appearance: appearances, firstAppearance: appearances[0] }
        : {}),
      ...(content.claim.platform
        ? { author: { '@type': 'Organization', name: content.claim.platform } }
        : {}),
    },
  };
}

const STYLE = `
body{font-family:system-ui,-apple-system,"Noto Sans",Arial,sans-serif;margin:0;color:#1b1b1f;background:#fafafa;line-height:1.55}
main{max-width:46rem;margin:0 auto;padding:1rem 1rem 3rem;background:#fff}
.label{display:inline-block;color:#fff;font-weight:700;padding:.2rem .6rem;border-radius:.3rem;letter-spacing:.04em}
h1{font-size:1.6rem;line-height:1.25;margin:.6rem 0}
h2{font-size:1.15rem;margin:1.6rem 0 .4rem}
.claim{border-left:4px solid #999;padding:.2rem .9rem;background:#f3f3f3;font-style:italic}
.note{border:2px solid #a15c00;background:#fff4e5;padding:.6rem .9rem;margin:.8rem 0}
.note.retraction{border-color:#b3261e;background:#fdecea}
.meta{color:#555;font-size:.92rem}
figure{margin:1rem 0}img{max-width:100%;height:auto}
a{color:#0b57d0;overflow-wrap:anywhere}
`;

function notesHtml(clarification: PublishedClarification): string {
  return [...clarification.notes]
    .reverse()
    .map(
      (note) =>
        `<aside class="note ${note.kind}" role="note"><strong>${escapeHtml(noteHeading(note))}</strong> <span class="meta">(${escapeHtml(formatDateTimeId(note.at))})</span>${toHtml(note.text)}</aside>`,
    )
    .join('\n');
}

function linkList(urls: string[]): string {
  const safe = urls.filter(isWebUrl);
  if (safe.length === 0) return '';
  return `<ul>${safe
    .map(
      (url) =>
        `<li><a href="${escapeHtml(url)}" rel="nofollow noopener ugc">${escapeHtml(url)}</a></li>`,
    )
    .join('')}</ul>`;
}

/** The public page of one clarification: plain HTML, readable without JavaScript. */
export function renderPublicPage(clarification: PublishedClarification): string {
  const { content } = clarification;
  const title = toPlain(content.title);
  const description = toPlain(content.faktanya).replace(/\s+/g, ' ').slice(0, 200);
  const retracted = clarification.status === 'retracted';
  const agencies = content.agencies.map((agency) => escapeHtml(agency.name)).join(', ');
  const evidence = content.evidence
    .filter((photo) => isWebUrl(photo.url) || photo.url.startsWith('/'))
    .map(
      (photo) =>
        `<figure><img src="${escapeHtml(photo.url)}" alt="${escapeHtml(photo.caption)}" loading="lazy"><figcaption>${escapeHtml(photo.caption)}</figcaption></figure>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>[${escapeHtml(content.label)}] ${escapeHtml(title)}</title>
<meta name="description" content="${escapeHtml(description)}">
<link rel="canonical" href="${escapeHtml(clarification.url)}">
<meta property="og:type" content="article">
<meta property="og:locale" content="id_ID">
<meta property="og:title" content="${escapeHtml(`[${content.label}] ${title}`)}">
<meta property="og:description" content="${escapeHtml(description)}">
<meta property="og:url" content="${escapeHtml(clarification.url)}">
<meta property="og:image" content="${escapeHtml(shareCardUrl(clarification))}">
<meta property="og:image:width" content="1080">
<meta property="og:image:height" content="1080">
<meta property="article:published_time" content="${escapeHtml(clarification.publishedAt)}">
<meta property="article:modified_time" content="${escapeHtml(clarification.updatedAt)}">
<meta name="twitter:card" content="summary_large_image">
${retracted ? '<meta name="robots" content="noindex">' : `<script type="application/ld+json">\n${scriptJson(claimReview(clarification))}\n</script>`}
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="meta"><a href="/klarifikasi">Semua klarifikasi</a></p>
${notesHtml(clarification)}
<article>
<span class="label" style="background:${labelColour(content.label)}">${escapeHtml(content.label)}</span>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${agencies} · Diterbitkan ${escapeHtml(formatDateTimeId(clarification.publishedAt))}${clarification.notes.length > 0 ? ` · Diperbarui ${escapeHtml(formatDateTimeId(clarification.updatedAt))}` : ''}</p>
<h2>Klaim yang beredar</h2>
<div class="claim">${toHtml(content.claim.narrative)}</div>
<p class="meta">Beredar di ${escapeHtml(content.claim.platform)}</p>
${linkList(content.claim.sourceUrls)}
${content.claim.archiveUrls.filter(isWebUrl).length > 0 ? `<p class="meta">Arsip:</p>${linkList(content.claim.archiveUrls)}` : ''}
<h2>Penjelasan</h2>
${toHtml(content.penjelasan)}
<h2>Faktanya</h2>
${toHtml(content.faktanya)}
${evidence ? `<h2>Bukti lapangan</h2>\n${evidence}` : ''}
<h2>Sumber</h2>
<ul>${content.sumber.map((line) => `<li>${toHtml(line).replace(/^<p>|<\/p>$/g, '')}</li>`).join('')}</ul>
</article>
</main>
</body>
</html>
`;
}

export interface PublicIndexEntry {
  slug: string;
  label: ClarificationLabel;
  title: string;
  status: PublishedClarification['status'];
  publishedAt: string;
}

/** The public index of published clarifications, newest first. */
export function renderPublicIndex(entries: PublicIndexEntry[]): string {
  const sorted = [...entries].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  const items = sorted
    .map(
      (entry) =>
        `<li><span class="label" style="background:${labelColour(entry.label)}">${escapeHtml(entry.label)}</span> <a href="/klarifikasi/${encodeURIComponent(entry.slug)}">${escapeHtml(toPlain(entry.title))}</a> <span class="meta">${escapeHtml(formatDateId(entry.publishedAt))}${entry.status === 'retracted' ? ' · dicabut' : entry.status === 'corrected' ? ' · diralat' : ''}</span></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Klarifikasi hoaks jalan dan jembatan</title>
<meta property="og:title" content="Klarifikasi hoaks jalan dan jembatan">
<style>${STYLE} ul.index{list-style:none;padding:0} ul.index li{padding:.6rem 0;border-bottom:1px solid #ddd}</style>
</head>
<body>
<main>
<h1>Klarifikasi hoaks jalan dan jembatan</h1>
${sorted.length > 0 ? `<ul class="index">\n${items}\n</ul>` : '<p>Belum ada klarifikasi yang diterbitkan.</p>'}
</main>
</body>
</html>
`;
}
