import type { GeoJsonLine, GeoJsonPosition, RoadStatus } from '@simpul/contracts';
import { bboxOf, boxAround, distanceToLine, distanceToPolyline, lineParts } from './road-geometry';

/** One row of the road-status registry, as the index holds it (no Nest, no database). */
export interface RoadSegmentRecord {
  id: string;
  versionId: string;
  linkNumber: string | null;
  kmFrom: number | null;
  kmTo: number | null;
  name: string;
  status: RoadStatus;
  regencyCode: string | null;
  districtCode: string | null;
  agencyId: string;
  geometry: GeoJsonLine;
  /** YYYY-MM-DD, inclusive. */
  validFrom: string;
  /** YYYY-MM-DD, exclusive (the day the next version starts); null while in force. */
  validTo: string | null;
}

export interface NearSegment {
  segment: RoadSegmentRecord;
  distanceMeters: number;
}

export interface TextMatch {
  segment: RoadSegmentRecord;
  /** The words of the text that matched (a road name or `link <n>`). */
  matchedText: string;
}

/** The part of flatbush's static R-tree the index uses. */
interface StaticTree {
  add(minX: number, minY: number, maxX: number, maxY: number): number;
  finish(): void;
  search(minX: number, minY: number, maxX: number, maxY: number): number[];
}
type StaticTreeClass = new (numItems: number) => StaticTree;

/**
 * flatbush is an ES module and the API is compiled to CommonJS: Node 20.19+ `require`s it (an
 * object with `default`), Jest loads the package's UMD build (the class itself).
 */
const flatbushModule = require('flatbush') as StaticTreeClass | { default: StaticTreeClass };
const Flatbush: StaticTreeClass =
  'default' in flatbushModule ? flatbushModule.default : flatbushModule;

/** Longer lines are indexed in pieces of this many positions so their boxes stay tight. */
const PIECE_POSITIONS = 16;

export const isValidAt = (
  segment: Pick<RoadSegmentRecord, 'validFrom' | 'validTo'>,
  asOf: string,
) => segment.validFrom <= asOf && (segment.validTo === null || asOf < segment.validTo);

/** Lower case, no diacritics, dashes and punctuation as spaces, single spaces. */
export function normalizeRoadText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words that say "road" and nothing about which one: dropped from segment names. */
const ROAD_WORDS = new Set(['jl', 'jln', 'jalan', 'ruas']);

/** A segment's name as text matching sees it: "Jl. Raya Lawang" → "raya lawang". */
export function matchableName(name: string): string {
  return normalizeRoadText(name.replace(/^SAMPLE\s*[:-]?\s*/i, ''))
    .split(' ')
    .filter((word) => word && !ROAD_WORDS.has(word))
    .join(' ');
}

const LINK_PATTERN =
  /\b(?:link|no\s+ruas|nomor\s+ruas|ruas\s+no)\s*(?:no\s*|nomor\s*)?(\d{1,4}(?:\s\d{1,3})?)\b/g;

/**
 * The road-status registry in memory: a static R-tree (flatbush) over the segments' pieces, every
 * version at once, filtered by validity per lookup so one index answers for any date. Rebuilt from
 * the database when the registry changes; never written to.
 */
export class RoadIndex {
  private readonly tree: StaticTree | null;
  /** Piece i of the tree: segment index, first and last+1 position in its part. */
  private readonly pieceSegment: Int32Array;
  private readonly piecePart: Int32Array;
  private readonly pieceFrom: Int32Array;
  private readonly pieceTo: Int32Array;
  private readonly parts: GeoJsonPosition[][][];
  /** Matchable name → segment indexes; and link number → segment indexes. */
  private readonly byName = new Map<string, number[]>();
  private readonly byLink = new Map<string, number[]>();

  constructor(readonly segments: readonly RoadSegmentRecord[]) {
    this.parts = segments.map((s) => lineParts(s.geometry));
    let pieces = 0;
    for (const parts of this.parts)
      for (const part of parts)
        pieces += Math.max(1, Math.ceil((part.length - 1) / (PIECE_POSITIONS - 1)));
    this.pieceSegment = new Int32Array(pieces);
    this.piecePart = new Int32Array(pieces);
    this.pieceFrom = new Int32Array(pieces);
    this.pieceTo = new Int32Array(pieces);
    this.tree = pieces > 0 ? new Flatbush(pieces) : null;
    let piece = 0;
    this.parts.forEach((parts, segmentIndex) => {
      parts.forEach((part, partIndex) => {
        for (let from = 0; from < Math.max(1, part.length - 1); from += PIECE_POSITIONS - 1) {
          const to = Math.min(part.length, from + PIECE_POSITIONS);
          const box = bboxOf(part.slice(from, to));
          this.tree?.add(box.minLng, box.minLat, box.maxLng, box.maxLat);
          this.pieceSegment[piece] = segmentIndex;
          this.piecePart[piece] = partIndex;
          this.pieceFrom[piece] = from;
          this.pieceTo[piece] = to;
          piece++;
        }
      });
    });
    this.tree?.finish();
    segments.forEach((segment, i) => {
      const name = matchableName(segment.name);
      if (name.length >= 4) push(this.byName, name, i);
      if (segment.linkNumber) push(this.byLink, normalizeRoadText(segment.linkNumber), i);
    });
  }

  get size(): number {
    return this.segments.length;
  }

  /** Segments valid at `asOf` within `radiusMeters` of the point, nearest first. */
  near(lat: number, lng: number, radiusMeters: number, asOf: string): NearSegment[] {
    if (!this.tree) return [];
    const box = boxAround(lat, lng, radiusMeters);
    const best = new Map<number, number>();
    for (const piece of this.tree.search(box.minLng, box.minLat, box.maxLng, box.maxLat)) {
      const segmentIndex = this.pieceSegment[piece];
      if (!isValidAt(this.segments[segmentIndex], asOf)) continue;
      const d = distanceToPolyline(
        lat,
        lng,
        this.parts[segmentIndex][this.piecePart[piece]],
        this.pieceFrom[piece],
        this.pieceTo[piece],
      );
      if (d <= radiusMeters && d < (best.get(segmentIndex) ?? Infinity)) best.set(segmentIndex, d);
    }
    return sortNear(this.segments, best);
  }

  /** The same answer as `near` by measuring every segment: the benchmark's and tests' yardstick. */
  nearByScan(lat: number, lng: number, radiusMeters: number, asOf: string): NearSegment[] {
    const best = new Map<number, number>();
    this.segments.forEach((segment, i) => {
      if (!isValidAt(segment, asOf)) return;
      const d = distanceToLine(lat, lng, segment.geometry);
      if (d <= radiusMeters) best.set(i, d);
    });
    return sortNear(this.segments, best);
  }

  /**
   * Road names and link numbers the text mentions, among segments valid at `asOf`: the longest
   * name found wins (all its segments); link numbers count as well.
   */
  matchText(text: string, asOf: string): TextMatch[] {
    const normalized = ` ${normalizeRoadText(text)} `;
    if (normalized.trim() === '') return [];
    const found: TextMatch[] = [];
    for (const m of normalized.matchAll(LINK_PATTERN)) {
      for (const i of this.byLink.get(m[1]) ?? [])
        if (isValidAt(this.segments[i], asOf))
          found.push({ segment: this.segments[i], matchedText: m[0].trim() });
    }
    let longest = '';
    for (const name of this.byName.keys())
      if (name.length > longest.length && normalized.includes(` ${name} `)) {
        const valid = (this.byName.get(name) ?? []).some((i) => isValidAt(this.segments[i], asOf));
        if (valid) longest = name;
      }
    if (longest)
      for (const i of this.byName.get(longest) ?? [])
        if (isValidAt(this.segments[i], asOf))
          found.push({ segment: this.segments[i], matchedText: longest });
    return found;
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sortNear(
  segments: readonly RoadSegmentRecord[],
  best: Map<number, number>,
): NearSegment[] {
  return [...best.entries()]
    .sort((a, b) => a[1] - b[1] || segments[a[0]].id.localeCompare(segments[b[0]].id))
    .map(([i, distanceMeters]) => ({ segment: segments[i], distanceMeters }));
}
