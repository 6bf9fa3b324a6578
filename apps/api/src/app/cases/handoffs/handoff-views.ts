import {
  HANDOFF_REASONS,
  HANDOFF_REASON_LABELS,
  HANDOFF_SENDER_CHOICES,
  HANDOFF_STATUSES,
  ROAD_STATUS_PHRASES,
  type HandoffEvidence,
  type HandoffLink,
  type HandoffReason,
  type HandoffSenderChoice,
  type HandoffStatus,
  type HandoffView,
  type OwnerSuggestion,
} from '@simpul/contracts';
import { casePolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import type { IHandoffViewsResult } from './handoffs.queries';

/** A text column under a CHECK constraint, as the contract's union. */
function checked<T extends string>(values: readonly T[], value: string, column: string): T {
  const known = values.find((candidate) => candidate === value);
  if (known === undefined)
    throw new Error(`case_handoff.${column} holds an unknown value: ${value}`);
  return known;
}

export const handoffStatus = (value: string): HandoffStatus =>
  checked(HANDOFF_STATUSES, value, 'status');
export const handoffReason = (value: string): HandoffReason =>
  checked(HANDOFF_REASONS, value, 'reason');
export const senderChoice = (value: string): HandoffSenderChoice =>
  checked(HANDOFF_SENDER_CHOICES, value, 'sender_choice');

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isOwnerSuggestion(value: unknown): value is OwnerSuggestion {
  return (
    isRecord(value) &&
    typeof value['basis'] === 'string' &&
    typeof value['confidence'] === 'string' &&
    Array.isArray(value['candidates']) &&
    isRecord(value['explanation'])
  );
}

/** The evidence column as written by the service (validated DTOs), read back. */
export function evidenceOf(value: unknown): HandoffEvidence {
  if (!isRecord(value)) return { suggestion: null, attachmentIds: [] };
  const ids = value['attachmentIds'];
  return {
    suggestion: isOwnerSuggestion(value['suggestion']) ? value['suggestion'] : null,
    attachmentIds: Array.isArray(ids)
      ? ids.filter((id): id is string => typeof id === 'string')
      : [],
  };
}

/**
 * What the reporter reads: the road status when a segment decided it ("ruas jalan nasional"),
 * else the kind of reason. Never a bare "bukan kewenangan kami".
 */
export function publicReasonOf(
  reason: HandoffReason,
  evidence: HandoffEvidence,
): { id: string; en: string } {
  const roadStatus = evidence.suggestion?.roadStatus ?? null;
  if (reason === 'road_status' && roadStatus) return ROAD_STATUS_PHRASES[roadStatus];
  return HANDOFF_REASON_LABELS[reason];
}

const WIB = new Intl.DateTimeFormat('id-ID', {
  timeZone: 'Asia/Jakarta',
  dateStyle: 'long',
  timeStyle: 'short',
});

const STATUS_TEXT: Record<HandoffStatus, string> = {
  open: 'menunggu jawaban',
  accepted: 'diterima',
  declined: 'ditolak',
  withdrawn: 'ditarik oleh pengusul',
  expired: 'kedaluwarsa tanpa jawaban',
  frozen: 'dibekukan, menunggu arbitrase',
  arbitrated: 'diputuskan melalui arbitrase',
};

/** The text an officer copies into SP4N-LAPOR! (still the system of record), in Indonesian. */
export function laporTextOf(row: IHandoffViewsResult, evidence: HandoffEvidence): string {
  const reason = handoffReason(row.reason);
  const status = handoffStatus(row.status);
  const lines = [
    `Pelimpahan aduan ${row.number}: ${row.title}`,
    `Dari: ${row.from_name} (${row.from_short_name})`,
    `Kepada: ${row.to_name} (${row.to_short_name})`,
    `Alasan: ${HANDOFF_REASON_LABELS[reason].id} (${publicReasonOf(reason, evidence).id})`,
  ];
  const suggestion = evidence.suggestion;
  const proof: string[] = [];
  if (suggestion) {
    proof.push(suggestion.explanation.id);
    const segment = suggestion.candidates[0]?.evidence;
    if (segment?.segmentName)
      proof.push(
        `ruas ${segment.segmentName}${segment.linkNumber ? ` (link ${segment.linkNumber})` : ''}`,
      );
  }
  if (evidence.attachmentIds.length > 0)
    proof.push(`${evidence.attachmentIds.length} lampiran foto/dokumen di Simpul`);
  lines.push(`Bukti: ${proof.length > 0 ? proof.join('; ') : '-'}`);
  if (row.note) lines.push(`Catatan: ${row.note}`);
  lines.push(
    status === 'open'
      ? `Status: ${STATUS_TEXT[status]} sampai ${WIB.format(row.deadline)} WIB`
      : `Status: ${STATUS_TEXT[status]}${row.answered_at ? ` (${WIB.format(row.answered_at)} WIB)` : ''}`,
  );
  if (row.answer_reason && status === 'declined')
    lines.push(`Alasan penolakan: ${row.answer_reason}`);
  return lines.join('\n');
}

export function toHandoffView(row: IHandoffViewsResult, actor: Actor): HandoffView {
  const evidence = evidenceOf(row.evidence);
  const reason = handoffReason(row.reason);
  const status = handoffStatus(row.status);
  const mine = (agencyId: string) => actor.agencyId === agencyId;
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber: row.number,
    caseTitle: row.title,
    fromAgency: { id: row.from_agency_id, shortName: row.from_short_name, name: row.from_name },
    toAgency: { id: row.to_agency_id, shortName: row.to_short_name, name: row.to_name },
    reason,
    note: row.note,
    evidence,
    senderChoice: senderChoice(row.sender_choice),
    status,
    proposedAt: row.proposed_at.toISOString(),
    proposedByName: row.proposed_by_name,
    deadline: row.deadline.toISOString(),
    answeredAt: row.answered_at?.toISOString() ?? null,
    answeredByName: row.answered_by_name,
    answerReason: row.answer_reason,
    publicReason: publicReasonOf(reason, evidence),
    laporText: laporTextOf(row, evidence),
    canWithdraw:
      status === 'open' &&
      mine(row.from_agency_id) &&
      casePolicy.proposeHandoff({
        relations: ['participant:lead'],
        role: actor.role,
        agencyId: actor.agencyId,
      }),
    canAnswer:
      status === 'open' &&
      mine(row.to_agency_id) &&
      casePolicy.answerHandoff({
        relations: ['handoff_receiver'],
        role: actor.role,
        agencyId: actor.agencyId,
      }),
    arbitration:
      status === 'frozen' || status === 'arbitrated'
        ? {
            arbiterAgencyId: row.arbiter_agency_id,
            arbiterAgencyShortName: row.arbiter_short_name,
            decidedAgencyId: row.decided_agency_id,
            decidedAgencyShortName: row.decided_short_name,
            decidedAt: status === 'arbitrated' ? (row.answered_at?.toISOString() ?? null) : null,
            decidedByName: status === 'arbitrated' ? row.answered_by_name : null,
            note: status === 'arbitrated' ? row.answer_reason : null,
            ruleId: row.rule_id,
          }
        : null,
  };
}

export function linkOf(view: HandoffView): HandoffLink {
  return {
    handoffId: view.id,
    fromAgencyId: view.fromAgency.id,
    fromAgencyShortName: view.fromAgency.shortName,
    toAgencyId: view.toAgency.id,
    toAgencyShortName: view.toAgency.shortName,
    reason: view.reason,
  };
}
