import type { HandoffView, Membership } from '@simpul/contracts';
import { UPT_MALANG_OFFICER } from './web-test-providers';

export const BBPJN_OFFICER: Membership = {
  agencyId: 'agency-bbpjn',
  agencyName: 'Balai Besar Pelaksanaan Jalan Nasional Jawa Timur–Bali',
  agencyShortName: 'BBPJN',
  role: 'petugas',
};

/** An open proposal from UPT PJJ Malang to BBPJN on case-42, five and a half hours left. */
export function handoffView(overrides: Partial<HandoffView> = {}): HandoffView {
  return {
    id: 'handoff-1',
    caseId: 'case-42',
    caseNumber: 'SMP-2026-000042',
    caseTitle: 'Jalan amblas dekat jembatan',
    fromAgency: { id: UPT_MALANG_OFFICER.agencyId, shortName: 'UPT PJJ Malang', name: 'UPT' },
    toAgency: { id: BBPJN_OFFICER.agencyId, shortName: 'BBPJN', name: BBPJN_OFFICER.agencyName },
    reason: 'road_status',
    note: 'Ruas nasional menurut registri',
    evidence: { suggestion: null, attachmentIds: [] },
    senderChoice: 'stay_as_collaborator',
    status: 'open',
    proposedAt: '2026-12-07T01:00:00.000Z',
    proposedByName: 'Sari Wulandari',
    // Five and a half hours from now.
    deadline: new Date(Date.now() + (5 * 60 + 30) * 60_000 + 30_000).toISOString(),
    answeredAt: null,
    answeredByName: null,
    answerReason: null,
    publicReason: { id: 'ruas jalan nasional', en: 'national road' },
    laporText: 'Pelimpahan SMP-2026-000042',
    canWithdraw: false,
    canAnswer: false,
    arbitration: null,
    ...overrides,
  };
}
