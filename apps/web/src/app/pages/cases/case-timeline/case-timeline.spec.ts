import type { CaseEvent, CaseEventBody, CaseEventType, CommentView } from '@simpul/contracts';
import { caseEvent } from '../../../testing/case-events';
import { describeEvent } from './case-timeline';

const COMMENT: CommentView = {
  id: 'comment-1',
  caseId: 'case-42',
  visibility: 'public',
  body: 'Tim sudah ke lokasi.',
  authorKind: 'officer',
  authorUserId: 'user-9',
  authorName: 'Rina Kusuma',
  authorAgencyId: 'agency-upt-malang',
  authorAgencyName: 'UPT PJJ Malang',
  mentions: [],
  attachmentIds: [],
  createdAt: '2026-11-20T02:30:00.000Z',
  editedAt: null,
  deletedAt: null,
  version: 1,
  seq: 3,
};
const MERGED = {
  caseId: 'case-7',
  number: 'SMP-2026-000007',
  title: 'Jalan berlubang',
  reportIds: ['report-1'],
  trackingIds: ['1916449'],
};
const HANDOFF = {
  handoffId: 'h1',
  fromAgencyId: 'a1',
  fromAgencyShortName: 'DPU BM',
  toAgencyId: 'a2',
  toAgencyShortName: 'BBPJN',
  reason: 'road_status' as const,
};
const REQUEST = {
  requestId: 'request-1',
  direction: 'incoming',
  caseId: 'case-7',
  number: 'SMP-2026-000007',
} as const;
const REPORTER = { reportId: 'report-1' };

/** One event of every type as the API writes it: a type added to the contracts needs one here. */
const EVERY_EVENT: { [T in CaseEventType]: Extract<CaseEventBody, { type: T }> } = {
  'case.created': {
    type: 'case.created',
    before: null,
    after: { status: 'new', title: 'Jalan berlubang', channel: 'lapor', category: 'jalan_rusak' },
  },
  'case.updated': {
    type: 'case.updated',
    before: { title: 'Jalan berlubang' },
    after: { title: 'Jalan berlubang di Kepanjen' },
  },
  'case.status_changed': {
    type: 'case.status_changed',
    before: { status: 'routed' },
    after: { status: 'in_progress', action: 'start' },
  },
  'case.participant_added': {
    type: 'case.participant_added',
    before: null,
    after: { agencyId: 'agency-dishub', role: 'observer' },
  },
  'case.sla_escalated': {
    type: 'case.sla_escalated',
    before: null,
    after: { clock: 'verification', deadline: '2026-11-25T02:30:00.000Z' },
  },
  'case.location_requested': {
    type: 'case.location_requested',
    before: null,
    after: { expiresAt: '2026-12-22T03:00:00.000Z' },
  },
  'case.location_set': {
    type: 'case.location_set',
    before: { lat: null, lng: null },
    after: { lat: -8.1631, lng: 112.5733, confidence: 'pinned', source: 'staff' },
  },
  'case.attachment_added': {
    type: 'case.attachment_added',
    before: null,
    after: {
      attachmentId: 'att-1',
      fileName: 'lubang.jpg',
      mediaType: 'image/jpeg',
      kind: 'image',
      source: 'staff',
    },
  },
  'case.attachment_removed': {
    type: 'case.attachment_removed',
    before: { attachmentId: 'att-1', fileName: 'lubang.jpg', mediaType: 'image/jpeg' },
    after: null,
  },
  'case.assigned': {
    type: 'case.assigned',
    before: null,
    after: { userId: 'user-3', name: 'Budi Santoso', agencyId: 'agency-upt-malang' },
  },
  'case.unassigned': { type: 'case.unassigned', before: { userId: 'user-3' }, after: null },
  'case.tags_changed': {
    type: 'case.tags_changed',
    before: { tags: [] },
    after: { tags: ['urc'], added: ['urc'], removed: [] },
  },
  'case.lapor_imported': {
    type: 'case.lapor_imported',
    before: null,
    after: {
      status: 'new',
      title: 'Jalan berlubang',
      channel: 'lapor',
      category: 'jalan_rusak',
      trackingId: '1916449',
      laporStatus: 'Belum Terverifikasi',
    },
  },
  'case.lapor_updated': {
    type: 'case.lapor_updated',
    before: { title: 'Jalan berlubang' },
    after: { title: 'Jalan berlubang parah', trackingId: '1916449' },
  },
  'case.lapor_conflict': {
    type: 'case.lapor_conflict',
    before: { field: 'title', simpulValue: 'Jalan berlubang' },
    after: { conflictId: 'conflict-1', field: 'title', laporValue: 'Jalan rusak' },
  },
  'case.lapor_conflict_resolved': {
    type: 'case.lapor_conflict_resolved',
    before: { field: 'title', simpulValue: 'Jalan berlubang' },
    after: { conflictId: 'conflict-1', field: 'title', resolution: 'keep_simpul' },
  },
  'case.lapor_follow_up_posted': {
    type: 'case.lapor_follow_up_posted',
    before: null,
    after: { followUpSeq: 4, trackingId: '1916449' },
  },
  'case.tracking_link_issued': {
    type: 'case.tracking_link_issued',
    before: null,
    after: { ...REPORTER, replaced: false },
  },
  'case.report_linked': {
    type: 'case.report_linked',
    before: null,
    after: { ...REPORTER, trackingId: '1916449' },
  },
  'case.reporter_messaged': {
    type: 'case.reporter_messaged',
    before: null,
    after: {
      ...REPORTER,
      messageId: 'message-1',
      channel: 'whatsapp',
      template: 'follow_up',
      status: 'prepared',
    },
  },
  'case.reporter_replied': {
    type: 'case.reporter_replied',
    before: null,
    after: { ...REPORTER, commentId: 'comment-2' },
  },
  'case.reporter_confirmed': {
    type: 'case.reporter_confirmed',
    before: null,
    after: { ...REPORTER, status: 'followed_up' },
  },
  'case.reporter_disputed': {
    type: 'case.reporter_disputed',
    before: null,
    after: { ...REPORTER, status: 'followed_up', reason: 'Lubang masih ada' },
  },
  'case.reporter_rated': {
    type: 'case.reporter_rated',
    before: null,
    after: { ...REPORTER, stars: 4, comment: 'Cepat' },
  },
  'comment.created': { type: 'comment.created', before: null, after: COMMENT },
  'comment.edited': {
    type: 'comment.edited',
    before: { id: COMMENT.id, version: 1 },
    after: { ...COMMENT, version: 2 },
  },
  'comment.deleted': {
    type: 'comment.deleted',
    before: { id: COMMENT.id, version: 2 },
    after: { ...COMMENT, body: null, version: 3 },
  },
  'case.merged_into': { type: 'case.merged_into', before: { status: 'routed' }, after: MERGED },
  'case.merged_from': { type: 'case.merged_from', before: null, after: MERGED },
  'case.merge_requested': { type: 'case.merge_requested', before: null, after: REQUEST },
  'case.merge_request_declined': {
    type: 'case.merge_request_declined',
    before: null,
    after: { ...REQUEST, note: 'Bukan laporan yang sama' },
  },
  'case.merge_request_void': {
    type: 'case.merge_request_void',
    before: null,
    after: { ...REQUEST, reason: 'Kasus sudah digabung' },
  },
  'case.collaborator_invited': {
    type: 'case.collaborator_invited',
    before: null,
    after: { collaborationId: 'c1', agencyId: 'a2', task: 'Padamkan listrik', required: true },
  },
  'case.collaboration_accepted': {
    type: 'case.collaboration_accepted',
    before: null,
    after: { collaborationId: 'c1', agencyId: 'a2' },
  },
  'case.collaboration_declined': {
    type: 'case.collaboration_declined',
    before: null,
    after: { collaborationId: 'c1', agencyId: 'a2', reason: 'Bukan wilayah kami' },
  },
  'case.task_status_changed': {
    type: 'case.task_status_changed',
    before: { status: 'open' },
    after: { collaborationId: 'c1', agencyId: 'a2', status: 'done' },
  },
  'case.participant_ended': {
    type: 'case.participant_ended',
    before: { agencyId: 'a2', role: 'collaborator' },
    after: { agencyId: 'a2', reason: 'Tugas selesai', left: false },
  },
  'case.resolve_override': {
    type: 'case.resolve_override',
    before: null,
    after: { reason: 'Pekerjaan PLN ditunda', openTasks: 1 },
  },
  'case.split_into': {
    type: 'case.split_into',
    before: null,
    after: {
      caseId: 'k2',
      number: 'SPL-2',
      title: 'Ruas lain',
      reportIds: ['r1'],
      reason: 'Dua ruas',
    },
  },
  'case.split_from': {
    type: 'case.split_from',
    before: null,
    after: { caseId: 'k1', number: 'SPL-1', title: 'Ruas awal', reportIds: [], reason: 'Dua ruas' },
  },
  'case.handoff_proposed': {
    type: 'case.handoff_proposed',
    before: null,
    after: {
      ...HANDOFF,
      note: 'Ruas nasional',
      frozen: false,
      senderChoice: 'stay_as_collaborator',
    },
  },
  'case.handoff_withdrawn': { type: 'case.handoff_withdrawn', before: null, after: HANDOFF },
  'case.handoff_declined': {
    type: 'case.handoff_declined',
    before: null,
    after: { ...HANDOFF, answerReason: 'Jalan kabupaten' },
  },
  'case.handoff_expired': { type: 'case.handoff_expired', before: null, after: HANDOFF },
  'case.handoff_accepted': {
    type: 'case.handoff_accepted',
    before: null,
    after: {
      ...HANDOFF,
      senderChoice: 'leave',
      publicReason: { id: 'ruas jalan nasional', en: 'national road' },
    },
  },
  'case.handoff_routed': {
    type: 'case.handoff_routed',
    before: null,
    after: {
      ...HANDOFF,
      reason: 'category',
      senderChoice: 'stay_as_collaborator',
      ruleId: 'r1',
      publicReason: { id: 'jenis aduan', en: 'complaint category' },
      explanation: { id: 'Aturan rute', en: 'Routing rule' },
    },
  },
  'case.arbitrated': {
    type: 'case.arbitrated',
    before: null,
    after: {
      ...HANDOFF,
      ownerAgencyId: 'a2',
      ownerAgencyShortName: 'BBPJN',
      note: 'SK 2026',
      publicReason: { id: 'ruas jalan nasional', en: 'national road' },
      ruleId: 'r1',
    },
  },
  'case.disposed_to_unit': {
    type: 'case.disposed_to_unit',
    before: { agencyId: 'a1' },
    after: { agencyId: 'a3', agencyShortName: 'UPT Malang' },
  },
};

/** Kept for the record and shown by the LAPOR panel; the timeline names only their type. */
const SHOWN_AS_TYPE: readonly CaseEventType[] = [
  'case.lapor_imported',
  'case.lapor_updated',
  'case.lapor_conflict',
  'case.lapor_conflict_resolved',
  'case.lapor_follow_up_posted',
];

describe('describeEvent', () => {
  it('says in words what every event type the API writes changed', () => {
    for (const body of Object.values(EVERY_EVENT)) {
      const change = describeEvent(caseEvent(5, body));
      if (SHOWN_AS_TYPE.includes(body.type)) {
        expect(change).withContext(body.type).toEqual({ kind: 'other', type: body.type });
      } else {
        expect(change.kind).withContext(body.type).not.toBe('other');
      }
    }
  });

  it("words a point from a photo in the reader's language, never in text the server wrote", () => {
    const NO_ONE = { actorUserId: null, actorName: null, actorAgencyId: null };
    const fromPhoto = (after: Record<string, unknown>, actor = {}) =>
      describeEvent(
        caseEvent(
          6,
          {
            type: 'case.location_set',
            before: { lat: null, lng: null },
            after: { lat: -7.9, lng: 112.6, confidence: 'gps', source: 'photo', ...after },
          },
          actor,
        ),
      );
    expect(fromPhoto({ photoFileName: 'rambu.jpg' })).toEqual(
      jasmine.objectContaining({
        kind: 'locationSet',
        key: 'caseTimeline.locationSetFromPhoto',
        photoName: 'rambu.jpg',
        note: null,
      }),
    );
    expect(fromPhoto({}, NO_ONE)).toEqual(
      jasmine.objectContaining({ key: 'caseTimeline.locationSetFromReporterPhoto', note: null }),
    );
    // Events written before: the server's Indonesian words are not quoted.
    expect(fromPhoto({ note: 'Foto: lubang.jpg' })).toEqual(
      jasmine.objectContaining({ photoName: 'lubang.jpg', note: null }),
    );
    expect(fromPhoto({ note: 'Titik GPS dari foto pelapor' }, NO_ONE)).toEqual(
      jasmine.objectContaining({ key: 'caseTimeline.locationSetFromReporterPhoto', note: null }),
    );
    // The reporter's own words with a pin are quoted as written.
    expect(
      describeEvent(
        caseEvent(
          7,
          {
            type: 'case.location_set',
            before: { lat: null, lng: null },
            after: {
              lat: -7.9,
              lng: 112.6,
              confidence: 'pinned',
              source: 'reporter',
              note: 'depan masjid',
            },
          },
          NO_ONE,
        ),
      ),
    ).toEqual(
      jasmine.objectContaining({ key: 'caseTimeline.locationSetByReporter', note: 'depan masjid' }),
    );
  });

  it('names the type of an event written by a newer API than this page', () => {
    // What the type system rules out: the page may meet it after an API upgrade.
    const unknown = { ...caseEvent(5, EVERY_EVENT['case.created']), type: 'case.handed_over' };
    expect(describeEvent(unknown as unknown as CaseEvent)).toEqual({
      kind: 'other',
      type: 'case.handed_over',
    });
  });
});
