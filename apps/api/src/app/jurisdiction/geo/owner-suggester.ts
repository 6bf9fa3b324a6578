import type {
  AgencyKind,
  OwnerCandidate,
  OwnerSuggestion,
  RoadStatus,
  RoutingRuleMode,
  SuggestionBasis,
  SuggestionConfidence,
  SuggestionEvidence,
} from '@simpul/contracts';
import { isValidAt, type NearSegment, type RoadIndex, type RoadSegmentRecord } from './road-index';

/** The nearest valid segment within this distance decides the road owner. */
export const SEGMENT_RADIUS_M = 30;
/** Another owner's segment within this much of the nearest one makes the point ambiguous. */
export const AMBIGUITY_MARGIN_M = 15;

export interface RoutingRuleRecord {
  id: string;
  versionId: string | null;
  category: string;
  /** null: any regency. */
  regencyCode: string | null;
  /** null: any road status (or none known). */
  roadStatus: RoadStatus | null;
  agencyId: string;
  mode: RoutingRuleMode;
  validFrom: string;
  validTo: string | null;
}

export interface AgencyRecord {
  id: string;
  shortName: string;
  name: string;
  kind: AgencyKind;
  regencyCodes: readonly string[];
  active: boolean;
}

export interface SuggestionInput {
  lat?: number | null;
  lng?: number | null;
  text?: string | null;
  category?: string | null;
  regencyCode?: string | null;
  /** YYYY-MM-DD. */
  asOf: string;
}

export interface SuggestionContext {
  index: RoadIndex;
  rules: readonly RoutingRuleRecord[];
  agencies: ReadonlyMap<string, AgencyRecord>;
  /** Regency code → its name (for the explanation); optional. */
  regencyName?: (code: string) => string | null;
}

/** The suggestion and, when a segment decided the road, that segment (for the case's road columns). */
export interface SuggestionResult {
  suggestion: OwnerSuggestion;
  segment: RoadSegmentRecord | null;
}

export const ROAD_STATUS_LABEL: Record<RoadStatus, { id: string; en: string }> = {
  nasional: { id: 'jalan nasional', en: 'national road' },
  provinsi: { id: 'jalan provinsi', en: 'provincial road' },
  kabupaten: { id: 'jalan kabupaten', en: 'regency road' },
  kota: { id: 'jalan kota', en: 'city road' },
  desa: { id: 'jalan desa', en: 'village road' },
};

const EMPTY_EVIDENCE: SuggestionEvidence = {
  segmentId: null,
  segmentName: null,
  linkNumber: null,
  roadStatus: null,
  distanceMeters: null,
  segmentGeometry: null,
  ruleId: null,
  ruleMode: null,
  registryVersionId: null,
  matchedText: null,
};

function segmentEvidence(
  segment: RoadSegmentRecord,
  extra: Partial<SuggestionEvidence> = {},
): SuggestionEvidence {
  return {
    ...EMPTY_EVIDENCE,
    segmentId: segment.id,
    segmentName: segment.name,
    linkNumber: segment.linkNumber,
    roadStatus: segment.status,
    segmentGeometry: segment.geometry,
    registryVersionId: segment.versionId,
    ...extra,
  };
}

function describeSegment(segment: RoadSegmentRecord): { id: string; en: string } {
  const label = ROAD_STATUS_LABEL[segment.status];
  const link = segment.linkNumber
    ? ` (link ${segment.linkNumber}${segment.kmFrom !== null && segment.kmTo !== null ? `, km ${segment.kmFrom}–${segment.kmTo}` : ''})`
    : '';
  return {
    id: `ruas ${label.id} ${segment.name}${link}`,
    en: `${label.en} segment ${segment.name}${link}`,
  };
}

/**
 * Who owns a complaint, in the order of issue #13 item 3: the nearest valid segment within 30 m
 * (ambiguous when another owner's segment lies within 15 m of that distance); without a point (or
 * a segment near it) a road name or link number in the text; a routing rule for the category,
 * regency and road status, which wins over the road's owner when one matches (street lights,
 * trees and signs are not the road owner's); else the regency/city office of the area.
 */
export function suggestOwner(input: SuggestionInput, context: SuggestionContext): SuggestionResult {
  const { index, agencies } = context;
  const asOf = input.asOf;
  const agency = (id: string) => agencies.get(id) ?? null;
  const candidate = (
    agencyId: string,
    confidence: SuggestionConfidence,
    evidence: SuggestionEvidence,
  ): OwnerCandidate | null => {
    const a = agency(agencyId);
    return a
      ? { agencyId, agencyShortName: a.shortName, agencyName: a.name, confidence, evidence }
      : null;
  };
  const result = (
    basis: SuggestionBasis,
    confidence: SuggestionConfidence,
    candidates: (OwnerCandidate | null)[],
    explanation: { id: string; en: string },
    segment: RoadSegmentRecord | null,
    decided = basis !== 'ambiguous' && basis !== 'none',
  ): SuggestionResult => {
    const list = candidates.filter((c): c is OwnerCandidate => c !== null);
    const first = decided ? (list[0] ?? null) : null;
    return {
      suggestion: {
        basis,
        agencyId: first?.agencyId ?? null,
        agencyShortName: first?.agencyShortName ?? null,
        confidence,
        candidates: list,
        explanation,
        roadStatus: segment?.status ?? null,
        asOf,
      },
      segment,
    };
  };

  // 1. The point: the nearest valid segment within 30 m, and other owners' within 15 m of it.
  let road: { segment: RoadSegmentRecord; near?: NearSegment; matchedText?: string } | null = null;
  let ambiguous: NearSegment[] = [];
  const hasPoint =
    typeof input.lat === 'number' &&
    typeof input.lng === 'number' &&
    Number.isFinite(input.lat) &&
    Number.isFinite(input.lng);
  if (hasPoint) {
    const near = index.near(
      input.lat as number,
      input.lng as number,
      SEGMENT_RADIUS_M + AMBIGUITY_MARGIN_M,
      asOf,
    );
    const nearest = near[0];
    if (nearest && nearest.distanceMeters <= SEGMENT_RADIUS_M) {
      const limit = nearest.distanceMeters + AMBIGUITY_MARGIN_M;
      const perOwner = new Map<string, NearSegment>();
      for (const n of near)
        if (n.distanceMeters <= limit && !perOwner.has(n.segment.agencyId))
          perOwner.set(n.segment.agencyId, n);
      if (perOwner.size > 1) ambiguous = [...perOwner.values()];
      else road = { segment: nearest.segment, near: nearest };
    }
  }

  // 2. No point, or no segment near it: a road name or link number in the text.
  let textOwners: { segment: RoadSegmentRecord; matchedText: string }[] = [];
  if (!road && ambiguous.length === 0 && input.text) {
    const matches = preferStatusNamed(index.matchText(input.text, asOf), input.text);
    const perOwner = new Map<string, { segment: RoadSegmentRecord; matchedText: string }>();
    for (const m of matches)
      if (!perOwner.has(m.segment.agencyId)) perOwner.set(m.segment.agencyId, m);
    textOwners = [...perOwner.values()];
    if (textOwners.length === 1) road = textOwners[0];
  }

  // 3. A routing rule for the category (and regency, and road status when one is known).
  const regencyCode = input.regencyCode ?? road?.segment.regencyCode ?? null;
  const knownStatus =
    road?.segment.status ??
    (ambiguous.length > 0 &&
    ambiguous.every((n) => n.segment.status === ambiguous[0].segment.status)
      ? ambiguous[0].segment.status
      : null);
  const rule = input.category
    ? matchRule(context.rules, input.category, regencyCode, knownStatus, asOf)
    : null;
  if (rule && agency(rule.agencyId)) {
    const a = agency(rule.agencyId) as AgencyRecord;
    const where = rule.regencyCode
      ? ` di ${context.regencyName?.(rule.regencyCode) ?? rule.regencyCode}`
      : '';
    const whereEn = rule.regencyCode
      ? ` in ${context.regencyName?.(rule.regencyCode) ?? rule.regencyCode}`
      : '';
    const on = rule.roadStatus ? ` pada ${ROAD_STATUS_LABEL[rule.roadStatus].id}` : '';
    const onEn = rule.roadStatus ? ` on ${ROAD_STATUS_LABEL[rule.roadStatus].en}s` : '';
    const evidence: SuggestionEvidence = road
      ? segmentEvidence(road.segment, {
          distanceMeters: road.near ? round(road.near.distanceMeters) : null,
          matchedText: road.matchedText ?? null,
        })
      : { ...EMPTY_EVIDENCE };
    evidence.ruleId = rule.id;
    evidence.ruleMode = rule.mode;
    if (!road) evidence.registryVersionId = rule.versionId;
    return result(
      'routing_rule',
      rule.regencyCode || rule.roadStatus ? 'high' : 'medium',
      [candidate(rule.agencyId, 'high', evidence)],
      {
        id: `Aturan rute: kategori ${input.category}${on}${where} ditangani ${a.shortName}.`,
        en: `Routing rule: category ${input.category}${onEn}${whereEn} belongs to ${a.shortName}.`,
      },
      road?.segment ?? null,
    );
  }

  if (ambiguous.length > 0) {
    const parts = ambiguous.map(
      (n) => `${agency(n.segment.agencyId)?.shortName ?? '?'} ${Math.round(n.distanceMeters)} m`,
    );
    return result(
      'ambiguous',
      'medium',
      ambiguous.map((n) =>
        candidate(
          n.segment.agencyId,
          'medium',
          segmentEvidence(n.segment, { distanceMeters: round(n.distanceMeters) }),
        ),
      ),
      {
        id: `Titik berada di dekat ruas milik lebih dari satu instansi (${parts.join(', ')}): pilih pemiliknya.`,
        en: `The point is near segments of more than one owner (${parts.join(', ')}): choose the owner.`,
      },
      null,
    );
  }

  if (road) {
    const owner = agency(road.segment.agencyId);
    const what = describeSegment(road.segment);
    if (road.near) {
      const d = Math.round(road.near.distanceMeters);
      return result(
        'segment',
        'high',
        [
          candidate(
            road.segment.agencyId,
            'high',
            segmentEvidence(road.segment, { distanceMeters: round(road.near.distanceMeters) }),
          ),
        ],
        {
          id: `Titik berada ${d} m dari ${what.id}, kewenangan ${owner?.shortName ?? '?'}.`,
          en: `The point is ${d} m from the ${what.en}, under ${owner?.shortName ?? '?'}.`,
        },
        road.segment,
      );
    }
    return result(
      'road_name',
      'medium',
      [
        candidate(
          road.segment.agencyId,
          'medium',
          segmentEvidence(road.segment, { matchedText: road.matchedText ?? null }),
        ),
      ],
      {
        id: `Teks menyebut "${road.matchedText}": ${what.id}, kewenangan ${owner?.shortName ?? '?'}.`,
        en: `The text names "${road.matchedText}": the ${what.en}, under ${owner?.shortName ?? '?'}.`,
      },
      road.segment,
    );
  }

  if (textOwners.length > 1) {
    const names = textOwners.map((m) => agency(m.segment.agencyId)?.shortName ?? '?').join(', ');
    return result(
      'ambiguous',
      'low',
      textOwners.map((m) =>
        candidate(
          m.segment.agencyId,
          'low',
          segmentEvidence(m.segment, { matchedText: m.matchedText }),
        ),
      ),
      {
        id: `Teks menyebut "${textOwners[0].matchedText}", yang ruasnya dimiliki beberapa instansi (${names}): pilih pemiliknya.`,
        en: `The text names "${textOwners[0].matchedText}", whose segments belong to several owners (${names}): choose the owner.`,
      },
      null,
    );
  }

  // 4. The regency/city office of the area.
  if (regencyCode) {
    const office = [...agencies.values()].find(
      (a) => a.active && a.kind === 'regency_office' && a.regencyCodes.includes(regencyCode),
    );
    if (office) {
      const place = context.regencyName?.(regencyCode) ?? regencyCode;
      const why = hasPoint
        ? {
            id: 'Tidak ada ruas jalan terdaftar dalam 30 m dari titik',
            en: 'No registered road segment lies within 30 m of the point',
          }
        : {
            id: 'Tidak ada titik atau nama jalan yang dikenali',
            en: 'No point or known road name',
          };
      return result(
        'area',
        'low',
        [candidate(office.id, 'low', { ...EMPTY_EVIDENCE })],
        {
          id: `${why.id}; menurut wilayah (${place}) perkiraannya ${office.shortName}.`,
          en: `${why.en}; by area (${place}) the best guess is ${office.shortName}.`,
        },
        null,
      );
    }
  }
  return result(
    'none',
    'none',
    [],
    hasPoint
      ? {
          id: 'Tidak ada ruas jalan terdaftar dalam 30 m dari titik dan wilayahnya tidak diketahui: tentukan pemilik secara manual.',
          en: 'No registered road segment lies within 30 m of the point and its area is unknown: choose the owner by hand.',
        }
      : {
          id: 'Belum bisa menyarankan pemilik: tidak ada titik, nama jalan, atau wilayah.',
          en: 'No owner can be suggested yet: no point, road name or area.',
        },
    null,
  );
}

const round = (meters: number) => Math.round(meters * 10) / 10;

/** A text that says "jalan provinsi" or "jalan nasional" prefers segments of that status. */
function preferStatusNamed<T extends { segment: RoadSegmentRecord }>(
  matches: T[],
  text: string,
): T[] {
  const lower = text.toLowerCase();
  for (const status of ['nasional', 'provinsi', 'kabupaten', 'kota', 'desa'] as const) {
    if (lower.includes(`jalan ${status}`)) {
      const same = matches.filter((m) => m.segment.status === status);
      if (same.length) return same;
    }
  }
  return matches;
}

/**
 * The rule for a category valid at `asOf`; the most specific wins (regency and status, then
 * regency, then status, then any), and among equals the newest.
 */
export function matchRule(
  rules: readonly RoutingRuleRecord[],
  category: string,
  regencyCode: string | null,
  roadStatus: RoadStatus | null,
  asOf: string,
): RoutingRuleRecord | null {
  let best: RoutingRuleRecord | null = null;
  let bestScore = -1;
  for (const rule of rules) {
    if (rule.category !== category || !isValidAt(rule, asOf)) continue;
    if (rule.regencyCode !== null && rule.regencyCode !== regencyCode) continue;
    if (rule.roadStatus !== null && rule.roadStatus !== roadStatus) continue;
    const score = (rule.regencyCode ? 2 : 0) + (rule.roadStatus ? 1 : 0);
    if (score > bestScore || (score === bestScore && best && rule.validFrom > best.validFrom)) {
      best = rule;
      bestScore = score;
    }
  }
  return best;
}
