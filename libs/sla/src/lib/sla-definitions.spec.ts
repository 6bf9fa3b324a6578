import { SlaConfigError } from './errors';
import {
  DEFAULT_SLA_DEFINITIONS,
  DEFAULT_SLA_RULES,
  type SlaRule,
  resolveSlaDefinition,
  resolveSlaDefinitions,
} from './sla-definitions';

describe('DEFAULT_SLA_DEFINITIONS', () => {
  it('holds the DOMAIN.md limits as data', () => {
    const limits = Object.fromEntries(
      Object.entries(DEFAULT_SLA_DEFINITIONS).map(([clock, { kind, amount }]) => [
        clock,
        `${amount} ${kind}`,
      ]),
    );
    expect(limits).toEqual({
      verification: '3 working_days',
      follow_up: '5 working_days',
      auto_close: '10 working_days',
      needs_information: '30 calendar_days',
      resolution: '60 calendar_days',
      pothole_response: '24 calendar_hours',
      social_media_response: '24 calendar_hours',
    });
  });

  it('applies every general clock to any case, the pothole and social-media clocks only in scope', () => {
    const plain = resolveSlaDefinitions(DEFAULT_SLA_RULES, {
      category: 'drainase',
      channel: 'lapor',
    });
    expect(Object.keys(plain).sort()).toEqual([
      'auto_close',
      'follow_up',
      'needs_information',
      'resolution',
      'verification',
    ]);
    const viral = resolveSlaDefinitions(DEFAULT_SLA_RULES, {
      category: 'jalan_rusak',
      channel: 'instagram',
    });
    expect(viral.pothole_response).toMatchObject({
      kind: 'calendar_hours',
      amount: 24,
      matchedBy: 'category',
    });
    expect(viral.social_media_response).toMatchObject({ amount: 24, matchedBy: 'channel' });
    expect(viral.verification).toMatchObject({
      kind: 'working_days',
      amount: 3,
      matchedBy: 'default',
    });
  });
});

describe('resolveSlaDefinitions: category + channel > category > channel > default', () => {
  const rule = (amount: number, scope: Partial<SlaRule> = {}): SlaRule => ({
    clock: 'follow_up',
    kind: 'working_days',
    amount,
    ...scope,
  });
  const rules: SlaRule[] = [
    rule(2, { category: 'jalan_rusak', channel: 'whatsapp' }),
    rule(3, { category: 'jalan_rusak' }),
    rule(4, { channel: 'whatsapp' }),
    rule(5),
  ];
  const amountFor = (list: readonly SlaRule[], category?: string, channel?: string) => {
    const resolved = resolveSlaDefinition(list, 'follow_up', { category, channel });
    return resolved && `${resolved.amount} ${resolved.matchedBy}`;
  };

  it('picks the most specific matching rule whatever the order', () => {
    for (const list of [rules, [...rules].reverse()]) {
      expect(amountFor(list, 'jalan_rusak', 'whatsapp')).toBe('2 category_and_channel');
      expect(amountFor(list, 'jalan_rusak', 'lapor')).toBe('3 category');
      expect(amountFor(list, 'drainase', 'whatsapp')).toBe('4 channel');
      expect(amountFor(list, 'drainase', 'lapor')).toBe('5 default');
      expect(amountFor(list)).toBe('5 default');
    }
  });

  it('lets a later rule of equal specificity override an earlier one (installation over defaults)', () => {
    const custom: SlaRule[] = [
      ...DEFAULT_SLA_RULES,
      { clock: 'verification', kind: 'working_days', amount: 2 },
    ];
    const resolved = resolveSlaDefinition(custom, 'verification', {});
    expect(resolved).toMatchObject({ amount: 2, ruleIndex: custom.length - 1 });
  });

  it('returns null for a clock without a matching rule', () => {
    expect(
      resolveSlaDefinition([rule(3, { category: 'jalan_rusak' })], 'follow_up', {
        category: 'pju',
      }),
    ).toBeNull();
    expect(
      resolveSlaDefinition(DEFAULT_SLA_RULES, 'pothole_response', { category: null }),
    ).toBeNull();
  });

  it('rejects invalid rules with bilingual messages', () => {
    expect(() => resolveSlaDefinitions([rule(-5)], {})).toThrow(
      /Jumlah tidak valid .*-5.* \/ Invalid amount .*-5/,
    );
    expect(() => resolveSlaDefinitions([rule(1.5)], {})).toThrow(SlaConfigError);
    expect(() => resolveSlaDefinitions([rule(3, { category: ' ' })], {})).toThrow(
      'Aturan SLA #1 (follow_up): kategori dan kanal harus teks yang tidak kosong',
    );
    const unknown = { ...rule(3), clock: 'coffee' } as unknown as SlaRule;
    expect(() => resolveSlaDefinitions([unknown], {})).toThrow(
      'Aturan SLA #1: jam tidak dikenal "coffee" / SLA rule #1: unknown clock "coffee"',
    );
  });
});
