import type { Bilingual } from './bilingual';
import { slaError } from './errors';
import { type SlaClock, assertSlaClock } from './sla-clock';

export const SLA_CLOCK_NAMES = [
  'verification',
  'follow_up',
  'auto_close',
  'needs_information',
  'resolution',
  'pothole_response',
  'social_media_response',
] as const;
export type SlaClockName = (typeof SLA_CLOCK_NAMES)[number];

/** A clock scope: a case category and/or an intake channel (values as in the case contracts). */
export interface SlaScope {
  category?: string;
  channel?: string;
}

export interface SlaClockDefaults extends SlaClock {
  label: Bilingual;
  /** Where the number comes from. */
  basis: string;
  /** Scopes the clock applies to; absent: every case. */
  appliesTo?: readonly SlaScope[];
}

/** Intake channels that count as social media for the 1×24 h answer (Pergub Jatim 18/2016). */
export const SOCIAL_MEDIA_CHANNELS: readonly string[] = [
  'instagram',
  'facebook',
  'x',
  'tiktok',
  'youtube',
];

/** Case categories of the URC pothole promise (only on provincial roads: the caller checks). */
export const POTHOLE_CATEGORIES: readonly string[] = ['jalan_rusak'];

/**
 * The time limits of DOMAIN.md §2 as data. Configurable defaults, not law: PermenPANRB 5/2025
 * replaced 62/2018, and an installation overrides them per category and channel with rules.
 */
export const DEFAULT_SLA_DEFINITIONS: Readonly<Record<SlaClockName, SlaClockDefaults>> = {
  verification: {
    kind: 'working_days',
    amount: 3,
    label: { id: 'Verifikasi dan disposisi laporan baru', en: 'Verify and route a new report' },
    basis: 'SP4N-LAPOR! (PermenPANRB 62/2018, kini 5/2025)',
  },
  follow_up: {
    kind: 'working_days',
    amount: 5,
    label: { id: 'Koordinasi dan tindak lanjut instansi', en: 'Agency coordinates and follows up' },
    basis: 'SP4N-LAPOR! (PermenPANRB 62/2018, kini 5/2025)',
  },
  auto_close: {
    kind: 'working_days',
    amount: 10,
    label: {
      id: 'Ditutup otomatis bila pelapor tidak menanggapi tindak lanjut',
      en: 'Auto-close after a follow-up with no reply from the reporter',
    },
    basis: 'SP4N-LAPOR!',
  },
  needs_information: {
    kind: 'calendar_days',
    amount: 30,
    label: {
      id: 'Menunggu kelengkapan dari pelapor, lalu diarsipkan',
      en: 'Waiting for the reporter to complete the report, then archived',
    },
    basis: 'SP4N-LAPOR! (tunda / arsip)',
  },
  resolution: {
    kind: 'calendar_days',
    amount: 60,
    label: {
      id: 'Penyelesaian sejak berkas lengkap',
      en: 'Complete resolution from a complete file',
    },
    basis: 'Perpres 76/2013',
  },
  pothole_response: {
    kind: 'calendar_hours',
    amount: 24,
    label: {
      id: 'Penanganan jalan berlubang di jalan provinsi (URC) 1×24 jam',
      en: 'Pothole on a provincial road handled by the URC within 1×24 hours',
    },
    basis: 'Janji layanan DPU Bina Marga Provinsi Jawa Timur',
    appliesTo: POTHOLE_CATEGORIES.map((category) => ({ category })),
  },
  social_media_response: {
    kind: 'calendar_hours',
    amount: 24,
    label: {
      id: 'Jawaban aduan melalui media sosial 1×24 jam',
      en: 'Answer a social-media complaint within 1×24 hours',
    },
    basis: 'Pergub Jatim 18/2016',
    appliesTo: SOCIAL_MEDIA_CHANNELS.map((channel) => ({ channel })),
  },
};

/**
 * One configurable limit. A rule without category and channel is the default of its clock; the
 * most specific matching rule wins: category + channel > category > channel > default. Among
 * equally specific rules the LAST one wins, so `[...DEFAULT_SLA_RULES, ...installationRules]`
 * lets an installation override the defaults.
 */
export interface SlaRule extends SlaScope, SlaClock {
  clock: SlaClockName;
}

/** The rules that express a set of definitions (one per scope in `appliesTo`, else a default). */
export function rulesFromDefinitions(
  definitions: Readonly<Record<SlaClockName, SlaClockDefaults>>,
): SlaRule[] {
  return SLA_CLOCK_NAMES.flatMap((clock) => {
    const { kind, amount, appliesTo } = definitions[clock];
    const scopes: readonly SlaScope[] = appliesTo ?? [{}];
    return scopes.map((scope) => ({ clock, ...scope, kind, amount }));
  });
}

export const DEFAULT_SLA_RULES: readonly SlaRule[] = rulesFromDefinitions(DEFAULT_SLA_DEFINITIONS);

export type RuleSpecificity = 'category_and_channel' | 'category' | 'channel' | 'default';

export interface ResolvedSlaDefinition extends SlaClock {
  clock: SlaClockName;
  matchedBy: RuleSpecificity;
  /** Index of the winning rule in the rule list. */
  ruleIndex: number;
}

/** The case being timed; a missing or `null` field matches only rules without that field. */
export interface SlaContext {
  category?: string | null;
  channel?: string | null;
}

const SPECIFICITY: readonly RuleSpecificity[] = [
  'default',
  'channel',
  'category',
  'category_and_channel',
];

function isScopeValue(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() !== '');
}

/** Throws a `SlaConfigError` naming the first invalid rule. */
export function validateSlaRules(rules: readonly SlaRule[]): void {
  rules.forEach((rule, index) => {
    const where = `#${index + 1}`;
    if (!(SLA_CLOCK_NAMES as readonly string[]).includes(rule?.clock)) {
      throw slaError(
        'invalid_rule',
        `Aturan SLA ${where}: jam tidak dikenal "${String(rule?.clock)}"`,
        `SLA rule ${where}: unknown clock "${String(rule?.clock)}"`,
      );
    }
    if (!isScopeValue(rule.category) || !isScopeValue(rule.channel)) {
      throw slaError(
        'invalid_rule',
        `Aturan SLA ${where} (${rule.clock}): kategori dan kanal harus teks yang tidak kosong`,
        `SLA rule ${where} (${rule.clock}): category and channel must be non-empty text`,
      );
    }
    assertSlaClock(rule);
  });
}

function specificityOf(rule: SlaRule, context: SlaContext): number {
  if (rule.category !== undefined && rule.category !== context.category) return -1;
  if (rule.channel !== undefined && rule.channel !== context.channel) return -1;
  return (rule.category !== undefined ? 2 : 0) + (rule.channel !== undefined ? 1 : 0);
}

/** The limit of every clock that applies to a case; clocks without a matching rule are absent. */
export function resolveSlaDefinitions(
  rules: readonly SlaRule[],
  context: SlaContext,
): Partial<Record<SlaClockName, ResolvedSlaDefinition>> {
  validateSlaRules(rules);
  const best = new Map<SlaClockName, { score: number; index: number }>();
  rules.forEach((rule, index) => {
    const score = specificityOf(rule, context);
    const current = best.get(rule.clock);
    if (score >= 0 && (!current || score >= current.score)) best.set(rule.clock, { score, index });
  });
  const resolved: Partial<Record<SlaClockName, ResolvedSlaDefinition>> = {};
  for (const clock of SLA_CLOCK_NAMES) {
    const winner = best.get(clock);
    if (!winner) continue;
    const rule = rules[winner.index];
    resolved[clock] = {
      clock,
      kind: rule.kind,
      amount: rule.amount,
      matchedBy: SPECIFICITY[winner.score],
      ruleIndex: winner.index,
    };
  }
  return resolved;
}

/** The limit of one clock for a case, or `null` when no rule applies. */
export function resolveSlaDefinition(
  rules: readonly SlaRule[],
  clock: SlaClockName,
  context: SlaContext,
): ResolvedSlaDefinition | null {
  return resolveSlaDefinitions(rules, context)[clock] ?? null;
}
