import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { GlobalFonts, createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { PublishedClarification } from '@simpul/contracts';
import { toPlain } from './markup';
import { formatDateId } from './dates';
import { labelColour, shareCardUrl } from './public-page';

export const CARD_SIZE = 1080;
const PAD = 72;
const FONT = 'SimpulNotoSans';
const FOOTER_TOP = CARD_SIZE - PAD - 96;

/** The fonts shipped in the repository (assets/fonts), beside the source or the bundle. */
function fontDir(): string {
  const candidates = [
    join(__dirname, 'assets', 'fonts'),
    join(__dirname, '..', '..', '..', 'assets', 'fonts'),
    join(process.cwd(), 'apps', 'api', 'src', 'assets', 'fonts'),
  ];
  const found = candidates.find((dir) => existsSync(join(dir, 'noto-sans-latin-700-normal.woff2')));
  if (!found) throw new Error(`Share card fonts not found in ${candidates.join(', ')}`);
  return found;
}

let fontsRegistered = false;
function registerFonts(): void {
  if (fontsRegistered) return;
  const dir = fontDir();
  GlobalFonts.registerFromPath(join(dir, 'noto-sans-latin-400-normal.woff2'), FONT);
  GlobalFonts.registerFromPath(join(dir, 'noto-sans-latin-700-normal.woff2'), FONT);
  fontsRegistered = true;
}

export interface CardLine {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
}
export interface CardBlock {
  font: string;
  size: number;
  colour: string;
  lines: CardLine[];
  /** True when the text did not fit even at the smallest size and was cut with an ellipsis. */
  truncated: boolean;
  /** The whole text the block was asked to show. */
  source: string;
  top: number;
  bottom: number;
}
export interface CardLayout {
  label: { text: string; colour: string; x: number; y: number; width: number; height: number };
  blocks: CardBlock[];
  /** Every line must lie within these bounds (the layout's own promise, checked by tests). */
  bounds: { left: number; right: number; top: number; bottom: number };
}

type Measure = (text: string, font: string) => number;

/** Greedy word wrap; a word wider than the line is broken by characters. */
export function wrap(text: string, font: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let current = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = current ? `${current} ${word}` : word;
      if (measure(candidate, font) <= maxWidth) {
        current = candidate;
        continue;
      }
      if (current) lines.push(current);
      current = '';
      let rest = word;
      while (measure(rest, font) > maxWidth) {
        let cut = rest.length - 1;
        while (cut > 1 && measure(rest.slice(0, cut), font) > maxWidth) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      current = rest;
    }
    if (current) lines.push(current);
  }
  return lines;
}

/**
 * Fits text into a box: the largest size from `sizes` whose wrapped lines fit the height; at the
 * smallest size the last fitting line ends with an ellipsis (measured, so it never overflows).
 */
function fitBlock(
  text: string,
  weight: 400 | 700,
  sizes: number[],
  lineHeight: number,
  box: { left: number; top: number; width: number; height: number },
  colour: string,
  measure: Measure,
): CardBlock {
  for (const size of sizes) {
    const font = `${weight} ${size}px ${FONT}`;
    const lines = wrap(text, font, box.width, measure);
    const step = Math.round(size * lineHeight);
    const maxLines = Math.max(1, Math.floor((box.height - (size - step)) / step));
    const isLast = size === sizes[sizes.length - 1];
    if (lines.length > maxLines && !isLast) continue;
    let truncated = false;
    let shown = lines;
    if (lines.length > maxLines) {
      truncated = true;
      shown = lines.slice(0, maxLines);
      let last = shown[maxLines - 1];
      while (last.length > 0 && measure(`${last}…`, font) > box.width) last = last.slice(0, -1);
      shown[maxLines - 1] = `${last.trimEnd()}…`;
    }
    const placed = shown.map((line, i) => ({
      text: line,
      x: box.left,
      y: box.top + size + i * step,
      width: measure(line, font),
    }));
    return {
      font,
      size,
      colour,
      lines: placed,
      truncated,
      source: text,
      top: box.top,
      bottom: box.top + size + (placed.length - 1) * step + Math.ceil(size * 0.3),
    };
  }
  throw new Error('no sizes');
}

/** The card's layout: label badge, title, "Faktanya" summary, agencies and the page address. */
export function layoutShareCard(
  clarification: PublishedClarification,
  measure: Measure,
): CardLayout {
  const { content } = clarification;
  const width = CARD_SIZE - 2 * PAD;
  const labelText =
    clarification.status === 'retracted' ? `${content.label} · DICABUT` : content.label;
  const labelFont = `700 40px ${FONT}`;
  const label = {
    text: labelText,
    colour: labelColour(content.label),
    x: PAD,
    y: PAD,
    width: Math.min(width, measure(labelText, labelFont) + 48),
    height: 68,
  };
  const titleTop = PAD + label.height + 28;
  const title = fitBlock(
    toPlain(content.title, 'text-only'),
    700,
    [68, 62, 56, 50, 44],
    1.18,
    { left: PAD, top: titleTop, width, height: 340 },
    '#1b1b1f',
    measure,
  );
  const headingTop = title.bottom + 28;
  const heading = fitBlock(
    'Faktanya',
    700,
    [36],
    1.2,
    { left: PAD, top: headingTop, width, height: 50 },
    labelColour(content.label),
    measure,
  );
  const bodyTop = heading.bottom + 12;
  const body = fitBlock(
    toPlain(content.faktanya, 'text-only').replace(/\n+/g, ' '),
    400,
    [40, 36, 33, 30, 28],
    1.32,
    { left: PAD, top: bodyTop, width, height: FOOTER_TOP - 24 - bodyTop },
    '#1b1b1f',
    measure,
  );
  const latestNote = clarification.notes[clarification.notes.length - 1];
  const footerText = [
    content.agencies.map((agency) => agency.shortName || agency.name).join(' · '),
    latestNote
      ? `${latestNote.kind === 'retraction' ? 'Dicabut' : 'Diralat'} ${formatDateId(latestNote.at)} · ${shareCardUrl(
          clarification,
        )
          .replace(/^https?:\/\//, '')
          .replace(/\/kartu\.png$/, '')}`
      : shareCardUrl(clarification)
          .replace(/^https?:\/\//, '')
          .replace(/\/kartu\.png$/, ''),
  ].join('\n');
  const footer = fitBlock(
    footerText,
    400,
    [28, 24, 22],
    1.3,
    { left: PAD, top: FOOTER_TOP, width, height: 96 },
    '#444',
    measure,
  );
  return {
    label,
    blocks: [title, heading, body, footer],
    bounds: { left: PAD, right: CARD_SIZE - PAD, top: PAD, bottom: CARD_SIZE - PAD },
  };
}

function canvasMeasure(ctx: SKRSContext2D): Measure {
  return (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

/** The layout as the server's canvas measures it (the one the PNG is drawn from). */
export function measuredShareCardLayout(clarification: PublishedClarification): CardLayout {
  registerFonts();
  const ctx = createCanvas(CARD_SIZE, CARD_SIZE).getContext('2d');
  return layoutShareCard(clarification, canvasMeasure(ctx));
}

/** The 1080×1080 PNG share card. */
export function renderShareCard(clarification: PublishedClarification): Buffer {
  registerFonts();
  const canvas = createCanvas(CARD_SIZE, CARD_SIZE);
  const ctx = canvas.getContext('2d');
  const layout = layoutShareCard(clarification, canvasMeasure(ctx));
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, CARD_SIZE, CARD_SIZE);
  ctx.fillStyle = layout.label.colour;
  ctx.fillRect(0, 0, CARD_SIZE, 16);
  ctx.fillRect(layout.label.x, layout.label.y, layout.label.width, layout.label.height);
  ctx.fillStyle = '#ffffff';
  ctx.font = `700 40px ${FONT}`;
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(layout.label.text, layout.label.x + 24, layout.label.y + 48);
  for (const block of layout.blocks) {
    ctx.font = block.font;
    ctx.fillStyle = block.colour;
    for (const line of block.lines) ctx.fillText(line.text, line.x, line.y);
  }
  return canvas.toBuffer('image/png');
}
