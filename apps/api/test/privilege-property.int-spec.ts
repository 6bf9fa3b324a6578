import fc from 'fast-check';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import {
  ACTING_AGENCY_HEADER,
  type CaseDetail,
  type MembershipInvitation,
  type MembershipRole,
} from '@simpul/contracts';
import {
  casePolicy,
  peoplePolicy,
  type CaseAccessContext,
  type CaseRelation,
  type ReportIdentity,
} from '../src/app/access/access-policy';
import { bearer, createAgency, createCase, createUser, ROLES, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

/**
 * Privilege property: after any sequence of writes by any officer, every (user, case, report)
 * right the API grants equals what `casePolicy` computes from a model of the participants and
 * intake agencies before the sequence plus the explicit grants the sequence made (observer
 * invitations, accepted merges, collaboration invitations and their answers, ended participants,
 * handoff proposals and their answers). The model derives relations the way `simpul_case_relations()`
 * documents them; the rights themselves come from the policy, so a relation added later
 * (handoffs, tasks) extends the model, not the expectations.
 *
 * Reproduce a failure with PRIVILEGE_SEED=<seed printed below>.
 */

const AGENCIES = ['induk', 'upt1', 'upt2', 'koordinator', 'dishub', 'kota'] as const;
type AgencyKey = (typeof AGENCIES)[number];
/** The structure: upt1 and upt2 sit under induk; koordinator coordinates upt1 and dishub. */
const PARENT: Partial<Record<AgencyKey, AgencyKey>> = { upt1: 'induk', upt2: 'induk' };
const COORDINATES: Partial<Record<AgencyKey, AgencyKey[]>> = { koordinator: ['upt1', 'dishub'] };
type ParticipantRole = 'lead' | 'collaborator' | 'observer';
type ReportKind = 'open' | 'anonymous';

interface ModelReport {
  id: string;
  kind: ReportKind;
  intake: AgencyKey;
}
interface ModelCase {
  id: string;
  participants: Map<AgencyKey, ParticipantRole>;
  reports: ModelReport[];
  /** The agency that opened the case (its own reports' intake agency). */
  intake: AgencyKey;
  /** Merged into another case (archived; its reports moved there). */
  merged: boolean;
  /** Agencies with a pending collaboration invitation (they read the case, not as participants). */
  invitees: Set<AgencyKey>;
  /** Agencies whose accepted collaboration (with a task they move) is active. */
  collaborations: Set<AgencyKey>;
  /** The step at which each participant row was added (a merge request is void if any joined since). */
  addedAt: Map<AgencyKey, number>;
  /** The latest handoff proposal (its receiver reads the case while it is open). */
  handoff: { id: string; to: AgencyKey; status: HandoffModelStatus; leave: boolean } | null;
  /** Agencies the case left through accepted handoffs, and how many: the ping-pong freeze. */
  left: Set<AgencyKey>;
  accepted: number;
}
type HandoffModelStatus = 'open' | 'frozen' | 'accepted' | 'declined' | 'withdrawn';
interface UserKey {
  agency: AgencyKey;
  role: MembershipRole;
}

type ActorPick = UserKey & { of: 'any' | 'lead' | 'intake' };

const ancestorsOf = (agency: AgencyKey): AgencyKey[] => {
  const chain: AgencyKey[] = [];
  for (let a = PARENT[agency]; a; a = PARENT[a]) chain.push(a);
  return chain;
};

/** The relations `simpul_case_relations()` derives, on the model. */
function relationsOf(kase: ModelCase, user: UserKey): CaseRelation[] {
  const relations: CaseRelation[] = [];
  const own = kase.participants.get(user.agency);
  if (own) relations.push(`participant:${own}`);
  const participants = [...kase.participants.keys()];
  if (
    (user.role === 'admin' || user.role === 'pimpinan') &&
    participants.some((p) => ancestorsOf(p).includes(user.agency))
  )
    relations.push('ancestor');
  if (user.role === 'humas' && participants.some((p) => ancestorsOf(p).includes(user.agency)))
    relations.push('humas_subtree');
  if (participants.some((p) => COORDINATES[user.agency]?.includes(p)))
    relations.push('coordinator');
  if (kase.invitees.has(user.agency)) relations.push('collaboration_invitee');
  if (kase.handoff?.status === 'open' && kase.handoff.to === user.agency)
    relations.push('handoff_receiver');
  return relations;
}

function contextOf(kase: ModelCase, user: UserKey): CaseAccessContext {
  return { relations: relationsOf(kase, user), role: user.role, agencyId: user.agency };
}

/** The model names agencies by key; the policy only compares them, so keys serve as ids. */
const identityOf = (report: ModelReport): ReportIdentity => ({
  anonymous: report.kind === 'anonymous',
  intakeAgencyId: report.intake,
});

type Step =
  | { kind: 'invite'; actor: ActorPick; caseIndex: number; target: AgencyKey }
  | { kind: 'reveal'; actor: ActorPick; caseIndex: number; report: ReportKind }
  | { kind: 'update'; actor: ActorPick; caseIndex: number }
  | { kind: 'comment'; actor: ActorPick; caseIndex: number }
  | { kind: 'merge'; actor: ActorPick; caseIndex: number; duplicateIndex: number }
  | {
      kind: 'requestMerge';
      actor: ActorPick;
      caseIndex: number;
      duplicateIndex: number;
      decider: ActorPick;
    }
  | {
      kind: 'inviteMember';
      actor: ActorPick;
      caseIndex: number;
      invitee: UserKey;
      role: MembershipRole;
      accept: boolean;
    }
  | { kind: 'reset'; actor: ActorPick; caseIndex: number; target: UserKey }
  | { kind: 'inviteCollaborator'; actor: ActorPick; caseIndex: number; target: AgencyKey }
  /** `own`: the actor is (when there is one) an agency invited on the case. */
  | {
      kind: 'answerCollaboration';
      actor: ActorPick;
      caseIndex: number;
      own: boolean;
      accept: boolean;
    }
  /** `own`: the actor is (when there is one) an active collaborator of the case. */
  | { kind: 'moveTask'; actor: ActorPick; caseIndex: number; own: boolean }
  | { kind: 'endParticipant'; actor: ActorPick; caseIndex: number; target: AgencyKey }
  /** A handoff proposal; the sender leaves once accepted, or stays as collaborator. */
  | {
      kind: 'proposeHandoff';
      actor: ActorPick;
      caseIndex: number;
      target: AgencyKey;
      leave: boolean;
    }
  /** `own`: the actor is (when there is one) the receiver of the case's latest proposal. */
  | {
      kind: 'answerHandoff';
      actor: ActorPick;
      caseIndex: number;
      own: boolean;
      answer: 'accept' | 'decline' | 'withdraw';
    };

const CASES_PER_RUN = 4;
const agencyArb = fc.constantFrom(...AGENCIES);
/**
 * The actor: any agency's officer, or (more often, so that allowed writes happen) an officer of
 * the case's lead or intake agency, resolved when the step runs.
 */
const userArb: fc.Arbitrary<ActorPick> = fc.record({
  agency: agencyArb,
  role: fc.constantFrom<MembershipRole>(...ROLES, 'admin'),
  of: fc.constantFrom<ActorPick['of']>('any', 'lead', 'lead', 'intake'),
});
const caseIndexArb = fc.integer({ min: 0, max: CASES_PER_RUN - 1 });
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('invite' as const),
    actor: userArb,
    caseIndex: caseIndexArb,
    target: agencyArb,
  }),
  fc.record({
    kind: fc.constant('reveal' as const),
    actor: userArb,
    caseIndex: caseIndexArb,
    report: fc.constantFrom<ReportKind>('open', 'anonymous'),
  }),
  fc.record({ kind: fc.constant('update' as const), actor: userArb, caseIndex: caseIndexArb }),
  fc.record({ kind: fc.constant('comment' as const), actor: userArb, caseIndex: caseIndexArb }),
  fc.record({
    kind: fc.constant('merge' as const),
    actor: userArb,
    caseIndex: caseIndexArb,
    duplicateIndex: caseIndexArb,
  }),
  fc.record({
    kind: fc.constant('requestMerge' as const),
    actor: userArb,
    caseIndex: caseIndexArb,
    duplicateIndex: caseIndexArb,
    decider: userArb,
  }),
  fc.record({
    kind: fc.constant('inviteMember' as const),
    actor: userArb,
    caseIndex: caseIndexArb,
    invitee: fc.record({ agency: agencyArb, role: fc.constantFrom(...ROLES) }),
    role: fc.constantFrom(...ROLES),
    accept: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('reset' as const),
    actor: userArb,
    caseIndex: caseIndexArb,
    target: fc.record({ agency: agencyArb, role: fc.constantFrom(...ROLES) }),
  }),
  fc.record({
    kind: fc.constant('inviteCollaborator' as const),
    actor: userArb,
    caseIndex: caseIndexArb,
    target: agencyArb,
  }),
  fc.record({
    kind: fc.constant('answerCollaboration' as const),
    actor: userArb,
    caseIndex: caseIndexArb,
    own: fc.boolean(),
    accept: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('moveTask' as const),
    actor: userArb,
    caseIndex: caseIndexArb,
    own: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('endParticipant' as const),
    actor: userArb,
    caseIndex: caseIndexArb,
    target: agencyArb,
  }),
  fc.record({
    kind: fc.constant('proposeHandoff' as const),
    actor: userArb,
    caseIndex: caseIndexArb,
    target: agencyArb,
    leave: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('answerHandoff' as const),
    actor: userArb,
    caseIndex: caseIndexArb,
    own: fc.boolean(),
    answer: fc.constantFrom('accept' as const, 'decline' as const, 'withdraw' as const),
  }),
);
/** A case's starting shape: intake agency, lead, and other participants. */
const caseShapeArb = fc.record({
  /** Usually the lead took the complaint in; sometimes another agency did and routed it. */
  intake: fc.option(agencyArb, { freq: 2 }),
  lead: agencyArb,
  others: fc.array(
    fc.tuple(agencyArb, fc.constantFrom<ParticipantRole>('collaborator', 'observer')),
    { maxLength: 3 },
  ),
});
type CaseShape = typeof caseShapeArb extends fc.Arbitrary<infer T> ? T : never;
const worldArb = fc.record({
  cases: fc.array(caseShapeArb, { minLength: CASES_PER_RUN, maxLength: CASES_PER_RUN }),
  steps: fc.array(stepArb, { minLength: 3, maxLength: 14 }),
});

type World = typeof worldArb extends fc.Arbitrary<infer T> ? T : never;
const by = (agency: AgencyKey, role: MembershipRole): ActorPick => ({ agency, role, of: 'any' });
/**
 * Runs first, every time: a world in which every kind of write is both allowed and refused at
 * least once, so the test's reach does not depend on the random runs.
 */
const EVERY_OUTCOME: World = {
  cases: [
    { intake: null, lead: 'upt1', others: [['dishub', 'collaborator']] },
    { intake: null, lead: 'upt1', others: [] },
    { intake: 'kota', lead: 'dishub', others: [['upt1', 'observer']] },
    { intake: null, lead: 'koordinator', others: [] },
  ],
  steps: [
    { kind: 'invite', actor: by('upt1', 'admin'), caseIndex: 0, target: 'kota' },
    { kind: 'invite', actor: by('dishub', 'petugas'), caseIndex: 0, target: 'upt2' },
    { kind: 'reveal', actor: by('upt1', 'admin'), caseIndex: 0, report: 'anonymous' },
    { kind: 'reveal', actor: by('dishub', 'admin'), caseIndex: 0, report: 'anonymous' },
    { kind: 'update', actor: by('upt1', 'petugas'), caseIndex: 0 },
    { kind: 'update', actor: by('kota', 'humas'), caseIndex: 1 },
    { kind: 'comment', actor: by('dishub', 'petugas'), caseIndex: 0 },
    { kind: 'comment', actor: by('kota', 'petugas'), caseIndex: 1 },
    { kind: 'merge', actor: by('dishub', 'admin'), caseIndex: 0, duplicateIndex: 2 },
    // The escalation the probe found: a coordinator (read-only) merging a coordinated agency's case
    // into its own, then revealing the moved anonymous reporter; an ancestor likewise.
    { kind: 'merge', actor: by('koordinator', 'admin'), caseIndex: 3, duplicateIndex: 2 },
    { kind: 'reveal', actor: by('koordinator', 'admin'), caseIndex: 3, report: 'anonymous' },
    {
      kind: 'requestMerge',
      actor: by('koordinator', 'admin'),
      caseIndex: 3,
      duplicateIndex: 2,
      decider: by('koordinator', 'admin'),
    },
    { kind: 'merge', actor: by('upt1', 'petugas'), caseIndex: 0, duplicateIndex: 1 },
    {
      kind: 'requestMerge',
      actor: by('kota', 'petugas'),
      caseIndex: 1,
      duplicateIndex: 2,
      decider: by('dishub', 'admin'),
    },
    {
      kind: 'requestMerge',
      actor: by('upt1', 'admin'),
      caseIndex: 0,
      duplicateIndex: 2,
      decider: by('dishub', 'humas'),
    },
    {
      kind: 'requestMerge',
      actor: by('upt1', 'admin'),
      caseIndex: 0,
      duplicateIndex: 2,
      decider: by('dishub', 'admin'),
    },
    {
      kind: 'inviteMember',
      actor: by('upt1', 'admin'),
      caseIndex: 0,
      invitee: { agency: 'dishub', role: 'petugas' },
      role: 'petugas',
      accept: true,
    },
    {
      kind: 'inviteMember',
      actor: by('kota', 'petugas'),
      caseIndex: 0,
      invitee: { agency: 'upt2', role: 'admin' },
      role: 'admin',
      accept: false,
    },
    {
      kind: 'reset',
      actor: by('upt1', 'admin'),
      caseIndex: 0,
      target: { agency: 'upt1', role: 'humas' },
    },
    {
      kind: 'reset',
      actor: by('upt1', 'admin'),
      caseIndex: 0,
      target: { agency: 'dishub', role: 'petugas' },
    },
    // Co-ownership (case 3 stays unmerged): a collaborator invites no third agency; the lead
    // does; the invitee reads without the reporter's identity, cannot move a task before
    // accepting, accepts and moves it; a second invitee declines (and no longer reads the case);
    // a collaborator does not end the lead; the lead ends the collaborator.
    { kind: 'inviteCollaborator', actor: by('dishub', 'petugas'), caseIndex: 0, target: 'upt2' },
    {
      kind: 'inviteCollaborator',
      actor: by('koordinator', 'petugas'),
      caseIndex: 3,
      target: 'kota',
    },
    {
      kind: 'inviteCollaborator',
      actor: by('koordinator', 'petugas'),
      caseIndex: 3,
      target: 'upt2',
    },
    { kind: 'moveTask', actor: by('kota', 'petugas'), caseIndex: 3, own: false },
    {
      kind: 'answerCollaboration',
      actor: by('kota', 'humas'),
      caseIndex: 3,
      own: false,
      accept: true,
    },
    {
      kind: 'answerCollaboration',
      actor: by('kota', 'petugas'),
      caseIndex: 3,
      own: false,
      accept: true,
    },
    { kind: 'moveTask', actor: by('kota', 'petugas'), caseIndex: 3, own: false },
    { kind: 'moveTask', actor: by('kota', 'humas'), caseIndex: 3, own: false },
    {
      kind: 'answerCollaboration',
      actor: by('upt2', 'admin'),
      caseIndex: 3,
      own: false,
      accept: false,
    },
    { kind: 'endParticipant', actor: by('kota', 'petugas'), caseIndex: 3, target: 'koordinator' },
    { kind: 'endParticipant', actor: by('koordinator', 'admin'), caseIndex: 3, target: 'kota' },
    {
      kind: 'inviteCollaborator',
      actor: by('koordinator', 'petugas'),
      caseIndex: 3,
      target: 'dishub',
    },
    // Handoffs on case 0 (upt1 leads): a collaborator does not propose; the lead proposes to kota
    // (which then reads the case without the reporter's identity); kota's humas cannot answer; a
    // second proposal waits; kota declines (and no longer reads); the lead proposes again and
    // withdraws (twice: the retry answers the same); upt2 accepts and leads, upt1 stays; a
    // proposal back to upt1 freezes the case; nothing more is proposed or answered until arbitration.
    {
      kind: 'proposeHandoff',
      actor: by('dishub', 'petugas'),
      caseIndex: 0,
      target: 'kota',
      leave: false,
    },
    {
      kind: 'proposeHandoff',
      actor: by('upt1', 'petugas'),
      caseIndex: 0,
      target: 'kota',
      leave: false,
    },
    {
      kind: 'answerHandoff',
      actor: by('kota', 'humas'),
      caseIndex: 0,
      own: true,
      answer: 'accept',
    },
    {
      kind: 'proposeHandoff',
      actor: by('upt1', 'admin'),
      caseIndex: 0,
      target: 'upt2',
      leave: false,
    },
    {
      kind: 'answerHandoff',
      actor: by('kota', 'petugas'),
      caseIndex: 0,
      own: true,
      answer: 'decline',
    },
    {
      kind: 'proposeHandoff',
      actor: by('upt1', 'petugas'),
      caseIndex: 0,
      target: 'kota',
      leave: true,
    },
    {
      kind: 'answerHandoff',
      actor: by('kota', 'admin'),
      caseIndex: 0,
      own: false,
      answer: 'withdraw',
    },
    {
      kind: 'answerHandoff',
      actor: by('upt1', 'admin'),
      caseIndex: 0,
      own: false,
      answer: 'withdraw',
    },
    {
      kind: 'answerHandoff',
      actor: by('upt1', 'admin'),
      caseIndex: 0,
      own: false,
      answer: 'withdraw',
    },
    {
      kind: 'proposeHandoff',
      actor: by('upt1', 'petugas'),
      caseIndex: 0,
      target: 'upt2',
      leave: false,
    },
    {
      kind: 'answerHandoff',
      actor: by('upt2', 'petugas'),
      caseIndex: 0,
      own: true,
      answer: 'accept',
    },
    {
      kind: 'proposeHandoff',
      actor: by('upt2', 'admin'),
      caseIndex: 0,
      target: 'upt1',
      leave: true,
    },
    {
      kind: 'proposeHandoff',
      actor: by('upt2', 'admin'),
      caseIndex: 0,
      target: 'kota',
      leave: true,
    },
    {
      kind: 'answerHandoff',
      actor: by('upt1', 'petugas'),
      caseIndex: 0,
      own: true,
      answer: 'accept',
    },
  ],
};

const seed = Number(process.env['PRIVILEGE_SEED'] ?? Date.now() % 2_147_483_647);
const numRuns = Number(process.env['PRIVILEGE_RUNS'] ?? 8);

describe('privilege property: rights after any sequence of writes equal the policy', () => {
  let testApp: TestApp;
  let owner: DataSource;
  const agencyIds = {} as Record<AgencyKey, string>;
  const tokens = new Map<string, string>();
  const accounts = new Map<string, { id: string; email: string }>();
  const keyOf = (user: UserKey) => `${user.agency}:${user.role}`;
  const tokenOf = (user: UserKey) => tokens.get(keyOf(user)) as string;
  /** Per run: memberships an accepted invitation added, and invitations still pending. */
  let extraMemberships = new Map<string, UserKey[]>();
  let pendingInvitations = new Map<string, Set<AgencyKey>>();
  /** Per run: pending merge requests ("surviving->duplicate") with the step they were made at. */
  let pendingMerges = new Map<string, number>();
  /** Per run: the step being applied (participant rows added later are "joined since"). */
  let tick = 0;
  const joinedAfter = (kase: ModelCase, at: number) =>
    [...kase.addedAt.values()].some((added) => added > at);

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    agencyIds.induk = await createAgency(owner, 'PropInduk', { kind: 'provincial_department' });
    for (const key of AGENCIES) {
      if (key === 'induk') continue;
      const parent = PARENT[key];
      agencyIds[key] = await createAgency(owner, `Prop${key}`, {
        kind: parent ? 'field_unit' : 'government_body',
        ...(parent ? { parentId: agencyIds[parent] } : {}),
      });
    }
    for (const [coordinator, coordinated] of Object.entries(COORDINATES)) {
      for (const agency of coordinated ?? []) {
        await owner.query(
          `INSERT INTO agency_coordination (coordinator_id, coordinated_id) VALUES ($1, $2)`,
          [agencyIds[coordinator as AgencyKey], agencyIds[agency]],
        );
      }
    }
    for (const agency of AGENCIES) {
      for (const role of ROLES) {
        const user = await createUser(owner, [[agencyIds[agency], role]], {
          label: `prop-${agency}-${role}`,
        });
        accounts.set(`${agency}:${role}`, user);
        tokens.set(`${agency}:${role}`, (await signIn(testApp.url, user.email)).accessToken);
      }
    }
    // Thirty-odd accounts signed in one after another: slow on a loaded 2-core machine.
  }, 120_000);

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  async function buildCases(shapes: CaseShape[]): Promise<ModelCase[]> {
    // Every run starts from the accounts' own memberships.
    const userIds = [...accounts.values()].map((a) => a.id);
    await owner.query(`DELETE FROM membership_invitation WHERE user_id = ANY($1::uuid[])`, [
      userIds,
    ]);
    for (const [key, account] of accounts) {
      const agency = key.split(':')[0] as AgencyKey;
      await owner.query(`DELETE FROM membership WHERE user_id = $1 AND agency_id <> $2`, [
        account.id,
        agencyIds[agency],
      ]);
    }
    extraMemberships = new Map();
    pendingInvitations = new Map();
    pendingMerges = new Map();
    tick = 0;
    const cases: ModelCase[] = [];
    for (const shape of shapes) {
      const participants = new Map<AgencyKey, ParticipantRole>([[shape.lead, 'lead']]);
      for (const [agency, role] of shape.others)
        if (!participants.has(agency)) participants.set(agency, role);
      const intake = shape.intake ?? shape.lead;
      const fixture = await createCase(
        owner,
        agencyIds[intake],
        [...participants].map(([agency, role]) => [agencyIds[agency], role]),
      );
      cases.push({
        id: fixture.id,
        invitees: new Set(),
        collaborations: new Set(),
        handoff: null,
        left: new Set(),
        accepted: 0,
        addedAt: new Map([...participants.keys()].map((a) => [a, 0])),
        participants,
        reports: [
          { id: fixture.openReportId, kind: 'open', intake },
          { id: fixture.anonymousReportId, kind: 'anonymous', intake },
        ],
        intake,
        merged: false,
      });
    }
    return cases;
  }

  /** What a refused request must answer: 404 when the case may not even be read. */
  const refusalStatus = (kase: ModelCase, actor: UserKey) =>
    casePolicy.read(contextOf(kase, actor)) ? 403 : 404;

  const versionOf = async (kase: ModelCase): Promise<number> =>
    (await owner.query(`SELECT version FROM "case" WHERE id = $1`, [kase.id]))[0].version;

  /**
   * A merge's answer: refused by the policy (404 where the surviving case may not be read, else
   * 403 or 404 for the duplicate), the same case (400), a case already merged (409), or done.
   */
  function mergeStatus(
    kase: ModelCase,
    duplicate: ModelCase,
    actor: UserKey,
    allowed: boolean,
    success: number,
  ): number {
    if (kase === duplicate) return 400;
    if (!casePolicy.read(contextOf(kase, actor))) return 404;
    if (!casePolicy.read(contextOf(duplicate, actor))) return 404;
    if (!allowed) return 403;
    return kase.merged || duplicate.merged ? 409 : success;
  }

  /**
   * Beyond the policy: a write that changes who sees what is only ever made by an agency that may
   * change the cases involved. A read-only relation (coordinator, ancestor, observer) never grants.
   */
  function expectGrantedByWriter(label: string, granter: UserKey, ...involved: ModelCase[]): void {
    for (const kase of involved)
      expect({ label, granterMayWrite: casePolicy.update(contextOf(kase, granter)) }).toEqual({
        label,
        granterMayWrite: true,
      });
  }

  /** The duplicate's reports (each with its intake agency) and agencies join the surviving case. */
  function mergeInModel(kase: ModelCase, duplicate: ModelCase): void {
    for (const [agency, role] of duplicate.participants) {
      const joining: ParticipantRole = role === 'observer' ? 'observer' : 'collaborator';
      const current = kase.participants.get(agency);
      if (!current) {
        kase.participants.set(agency, joining);
        kase.addedAt.set(agency, tick);
      } else if (current === 'observer' && joining === 'collaborator')
        kase.participants.set(agency, 'collaborator');
    }
    kase.reports.push(...duplicate.reports);
    duplicate.reports = [];
    duplicate.merged = true;
  }

  /** Outcomes seen per step kind, so the test proves it exercised both allowed and refused. */
  const outcomes = new Map<string, number>();
  const count = (kind: string, allowed: boolean) =>
    outcomes.set(`${kind}:${allowed}`, (outcomes.get(`${kind}:${allowed}`) ?? 0) + 1);

  async function applyStep(picked: Step, cases: ModelCase[]): Promise<void> {
    tick += 1;
    const kase = cases[picked.caseIndex];
    const lead = [...kase.participants].find(([, role]) => role === 'lead')?.[0];
    const own =
      picked.kind === 'answerCollaboration' && picked.own
        ? [...kase.invitees][0]
        : picked.kind === 'moveTask' && picked.own
          ? [...kase.collaborations][0]
          : picked.kind === 'answerHandoff' && picked.own
            ? kase.handoff?.to
            : undefined;
    const agency =
      own ??
      (picked.actor.of === 'lead' && lead
        ? lead
        : picked.actor.of === 'intake'
          ? kase.intake
          : picked.actor.agency);
    const step = { ...picked, actor: { agency, role: picked.actor.role } };
    const context = contextOf(kase, step.actor);
    const api = request(testApp.url);
    const label = `${step.kind} by ${step.actor.agency}/${step.actor.role} on case ${step.caseIndex}`;
    switch (step.kind) {
      case 'invite': {
        const allowed = casePolicy.inviteObserver(context);
        const response = await api
          .post(`/api/cases/${kase.id}/observers`)
          .set(bearer(tokenOf(step.actor)))
          .send({ agencyId: agencyIds[step.target], reason: 'Mohon pantau kasus ini' });
        count(step.kind, allowed);
        expect({ label, status: response.status }).toEqual({
          label,
          status: allowed ? 200 : refusalStatus(kase, step.actor),
        });
        // The explicit grant: an agency not yet on the case joins it as observer.
        if (response.status === 200) expectGrantedByWriter(label, step.actor, kase);
        if (allowed && !kase.participants.has(step.target)) {
          kase.participants.set(step.target, 'observer');
          kase.addedAt.set(step.target, tick);
        }
        return;
      }
      case 'reveal': {
        const report = kase.reports.find((r) => r.kind === step.report) as ModelReport;
        const allowed = casePolicy.revealIdentity(context, identityOf(report));
        const response = await api
          .post(`/api/cases/${kase.id}/reports/${report.id}/reveal-identity`)
          .set(bearer(tokenOf(step.actor)));
        count(step.kind, allowed);
        expect({ label, status: response.status }).toEqual({
          label,
          status: allowed ? 200 : refusalStatus(kase, step.actor),
        });
        if (!allowed) expect(JSON.stringify(response.body)).not.toContain('Rahasia Pelapor');
        return;
      }
      case 'update': {
        const allowed = casePolicy.update(context);
        const response = await api
          .patch(`/api/cases/${kase.id}`)
          .set(bearer(tokenOf(step.actor)))
          .send({
            baseVersion: await versionOf(kase),
            description: `Kronologi oleh ${step.actor.agency}/${step.actor.role}`,
          });
        count(step.kind, allowed);
        expect({ label, status: response.status }).toEqual({
          label,
          status: allowed ? 200 : refusalStatus(kase, step.actor),
        });
        return;
      }
      case 'merge': {
        const duplicate = cases[step.duplicateIndex];
        const duplicateContext = contextOf(duplicate, step.actor);
        const response = await api
          .post(`/api/cases/${kase.id}/merge`)
          .set(bearer(tokenOf(step.actor)))
          .send({ duplicateCaseId: duplicate.id, version: await versionOf(kase) });
        const allowed =
          kase !== duplicate &&
          casePolicy.read(context) &&
          casePolicy.read(duplicateContext) &&
          casePolicy.merge(context, duplicateContext);
        count(step.kind, allowed);
        expect({ label, status: response.status }).toEqual({
          label,
          status: mergeStatus(kase, duplicate, step.actor, allowed, 200),
        });
        if (response.status === 200) {
          expectGrantedByWriter(label, step.actor, kase, duplicate);
          mergeInModel(kase, duplicate);
        }
        return;
      }
      case 'requestMerge': {
        const duplicate = cases[step.duplicateIndex];
        const duplicateContext = contextOf(duplicate, step.actor);
        const response = await api
          .post(`/api/cases/${kase.id}/merge-requests`)
          .set(bearer(tokenOf(step.actor)))
          .send({ duplicateCaseId: duplicate.id, note: 'Kasus yang sama' });
        const mayAsk =
          kase !== duplicate &&
          casePolicy.read(context) &&
          casePolicy.read(duplicateContext) &&
          casePolicy.requestMerge(context, duplicateContext);
        // The agency that leads both merges at once instead of asking itself.
        const allowed = mayAsk && !casePolicy.merge(context, duplicateContext);
        count(step.kind, allowed);
        const pair = `${step.caseIndex}->${step.duplicateIndex}`;
        const expected =
          mayAsk && !allowed
            ? 409
            : mergeStatus(
                kase,
                duplicate,
                step.actor,
                allowed,
                pendingMerges.has(pair) ? 200 : 201,
              );
        expect({ label, status: response.status }).toEqual({ label, status: expected });
        if (response.status !== 201 && response.status !== 200) return;
        if (!pendingMerges.has(pair)) pendingMerges.set(pair, tick);
        // The duplicate's lead (or whoever the decider is) answers.
        const dupLead = [...duplicate.participants].find(([, r]) => r === 'lead')?.[0];
        const decider = {
          agency: step.decider.of === 'any' || !dupLead ? step.decider.agency : dupLead,
          role: step.decider.role,
        };
        const deciderContext = contextOf(duplicate, decider);
        const accepted = await api
          .post(`/api/cases/${duplicate.id}/merge-requests/${response.body.id}/accept`)
          .set(bearer(tokenOf(decider)));
        const mayDecide = casePolicy.read(deciderContext) && casePolicy.decideMerge(deciderContext);
        count('acceptMerge', mayDecide);
        // Agencies that joined the duplicate since the request void it at acceptance.
        const joinedSince = joinedAfter(duplicate, pendingMerges.get(pair) ?? tick);
        const acceptLabel = `${label}, accepted by ${decider.agency}/${decider.role}`;
        expect({ label: acceptLabel, status: accepted.status }).toEqual({
          label: acceptLabel,
          status: !casePolicy.read(deciderContext)
            ? 404
            : !mayDecide
              ? 403
              : kase.merged || duplicate.merged || joinedSince
                ? 409
                : 200,
        });
        if (mayDecide) pendingMerges.delete(pair);
        if (accepted.status === 200) {
          expectGrantedByWriter(label, step.actor, kase);
          expectGrantedByWriter(acceptLabel, decider, duplicate);
          mergeInModel(kase, duplicate);
        }
        return;
      }
      case 'inviteMember': {
        const invitee = accounts.get(keyOf(step.invitee)) as { id: string; email: string };
        const response = await api
          .post('/api/users')
          .set(bearer(tokenOf(step.actor)))
          .send({ email: invitee.email, name: 'Pegawai Diundang', role: step.role });
        const allowed = peoplePolicy.manage({ isSuperadmin: false, role: step.actor.role });
        count(step.kind, allowed);
        const alreadyMember =
          step.invitee.agency === step.actor.agency ||
          (extraMemberships.get(keyOf(step.invitee)) ?? []).some(
            (m) => m.agency === step.actor.agency,
          );
        const alreadyInvited = pendingInvitations.get(keyOf(step.invitee))?.has(step.actor.agency);
        expect({ label, status: response.status }).toEqual({
          label,
          status: !allowed ? 403 : alreadyMember || alreadyInvited ? 409 : 201,
        });
        if (response.status !== 201) return;
        expect(response.body.outcome).toBe('invitation_sent');
        const pending = pendingInvitations.get(keyOf(step.invitee)) ?? new Set<AgencyKey>();
        pending.add(step.actor.agency);
        pendingInvitations.set(keyOf(step.invitee), pending);
        if (!step.accept) return;
        const mine = await api
          .get('/api/invitations')
          .set(bearer(tokenOf(step.invitee)))
          .expect(200);
        const invitation = (mine.body as MembershipInvitation[]).find(
          (i) => i.agencyId === agencyIds[step.actor.agency],
        ) as MembershipInvitation;
        await api
          .post(`/api/invitations/${invitation.id}/accept`)
          .set(bearer(tokenOf(step.invitee)))
          .expect(200);
        pending.delete(step.actor.agency);
        extraMemberships.set(keyOf(step.invitee), [
          ...(extraMemberships.get(keyOf(step.invitee)) ?? []),
          { agency: step.actor.agency, role: invitation.role },
        ]);
        return;
      }
      case 'reset': {
        const target = accounts.get(keyOf(step.target)) as { id: string; email: string };
        const response = await api
          .post(`/api/users/${target.id}/password-reset`)
          .set(bearer(tokenOf(step.actor)));
        const agenciesOfTarget = [
          step.target.agency,
          ...(extraMemberships.get(keyOf(step.target)) ?? []).map((m) => m.agency),
          ...(pendingInvitations.get(keyOf(step.target)) ?? []),
        ];
        const allowed =
          step.actor.role === 'admin' &&
          agenciesOfTarget.every((agency) => agency === step.actor.agency);
        count(step.kind, allowed);
        expect({
          label,
          allowed: response.status === 200,
          refusedCleanly: [200, 403, 404].includes(response.status) || response.status,
        }).toEqual({
          label,
          allowed,
          refusedCleanly: true,
        });
        return;
      }
      case 'inviteCollaborator': {
        const allowed = casePolicy.manageParticipants(context);
        const response = await api
          .post(`/api/cases/${kase.id}/collaborators`)
          .set(bearer(tokenOf(step.actor)))
          .send({
            agencyId: agencyIds[step.target],
            task: 'Padamkan listrik untuk penggantian tiang',
          });
        count(step.kind, allowed);
        const role = kase.participants.get(step.target);
        expect({ label, status: response.status }).toEqual({
          label,
          status: !allowed
            ? refusalStatus(kase, step.actor)
            : kase.merged
              ? 409
              : step.target === lead
                ? 400
                : kase.invitees.has(step.target) || (role && role !== 'observer')
                  ? 409
                  : 200,
        });
        if (response.status !== 200) return;
        // Beyond the policy: only the lead agency's working staff invite a collaborator.
        expect({ label, invitedByLead: step.actor.agency === lead }).toEqual({
          label,
          invitedByLead: true,
        });
        expectGrantedByWriter(label, step.actor, kase);
        kase.invitees.add(step.target);
        return;
      }
      case 'answerCollaboration': {
        const allowed = casePolicy.actForOwnParticipation(context);
        const response = await api
          .post(`/api/cases/${kase.id}/collaboration/${step.accept ? 'accept' : 'decline'}`)
          .set(bearer(tokenOf(step.actor)))
          .send(step.accept ? {} : { reason: 'Bukan aset instansi kami' });
        const invited = kase.invitees.has(step.actor.agency);
        count(step.kind, allowed && invited);
        expect({ label, status: response.status }).toEqual({
          label,
          status: !allowed
            ? refusalStatus(kase, step.actor)
            : !invited
              ? 409
              : step.accept
                ? 200
                : 204,
        });
        if (!allowed || !invited) return;
        kase.invitees.delete(step.actor.agency);
        if (!step.accept) return;
        if (!kase.participants.has(step.actor.agency)) kase.addedAt.set(step.actor.agency, tick);
        kase.participants.set(step.actor.agency, 'collaborator');
        kase.collaborations.add(step.actor.agency);
        return;
      }
      case 'moveTask': {
        const [row] = await owner.query(
          `SELECT version FROM case_collaboration WHERE case_id = $1 AND agency_id = $2 AND status = 'active'`,
          [kase.id, agencyIds[step.actor.agency]],
        );
        const response = await api
          .post(`/api/cases/${kase.id}/collaboration/task`)
          .set(bearer(tokenOf(step.actor)))
          .send({ status: 'in_progress', version: row?.version ?? 1 });
        const allowed =
          casePolicy.actForOwnParticipation(context) && kase.collaborations.has(step.actor.agency);
        count(step.kind, allowed);
        expect({ label, status: response.status }).toEqual({
          label,
          status: allowed ? 200 : casePolicy.read(context) ? 403 : 404,
        });
        return;
      }
      case 'endParticipant': {
        const leaving = step.target === step.actor.agency && lead !== step.actor.agency;
        const allowed = leaving
          ? casePolicy.actForOwnParticipation(context)
          : casePolicy.manageParticipants(context);
        const response = await api
          .post(`/api/cases/${kase.id}/participants/${agencyIds[step.target]}/end`)
          .set(bearer(tokenOf(step.actor)))
          .send({ reason: 'Tugas instansi ini selesai' });
        const takesPart = kase.participants.has(step.target) || kase.invitees.has(step.target);
        count(step.kind, allowed && takesPart && step.target !== lead);
        expect({ label, status: response.status }).toEqual({
          label,
          status: !allowed
            ? refusalStatus(kase, step.actor)
            : !takesPart
              ? 404
              : step.target === lead
                ? 409
                : 204,
        });
        if (response.status !== 204) return;
        kase.participants.delete(step.target);
        kase.addedAt.delete(step.target);
        kase.invitees.delete(step.target);
        kase.collaborations.delete(step.target);
        return;
      }
      case 'proposeHandoff': {
        const allowed = casePolicy.proposeHandoff(context);
        const response = await api
          .post(`/api/cases/${kase.id}/handoffs`)
          .set(bearer(tokenOf(step.actor)))
          .send({
            toAgencyId: agencyIds[step.target],
            reason: 'road_status',
            note: 'Ruas ini bukan kewenangan kami',
            senderChoice: step.leave ? 'leave' : 'stay_as_collaborator',
          });
        const pending = kase.handoff?.status === 'open' || kase.handoff?.status === 'frozen';
        const expected = !allowed
          ? refusalStatus(kase, step.actor)
          : kase.merged
            ? 409
            : step.target === lead
              ? 400
              : pending
                ? 409
                : 201;
        count(step.kind, expected === 201);
        expect({ label, status: response.status }).toEqual({ label, status: expected });
        if (response.status !== 201) return;
        // Beyond the policy: only the lead agency proposes; a bounce freezes instead of opening.
        const frozen = kase.left.has(step.target) || kase.accepted >= 3;
        expect({ label, proposer: step.actor.agency, status: response.body.status }).toEqual({
          label,
          proposer: lead,
          status: frozen ? 'frozen' : 'open',
        });
        kase.handoff = {
          id: response.body.id as string,
          to: step.target,
          status: frozen ? 'frozen' : 'open',
          leave: step.leave,
        };
        return;
      }
      case 'answerHandoff': {
        const handoff = kase.handoff;
        if (!handoff) return;
        const response = await api
          .post(`/api/cases/${kase.id}/handoffs/${handoff.id}/${step.answer}`)
          .set(bearer(tokenOf(step.actor)))
          .send(step.answer === 'decline' ? { reason: 'Ruas ini jalan kabupaten' } : {});
        let expected: number;
        if (!casePolicy.read(context)) expected = 404;
        else if (step.answer === 'withdraw')
          expected = !casePolicy.proposeHandoff(context)
            ? 403
            : handoff.status === 'withdrawn' || handoff.status === 'open'
              ? 200
              : 409;
        else
          expected =
            handoff.status !== 'open'
              ? 409
              : handoff.to !== step.actor.agency || !casePolicy.answerHandoff(context)
                ? 403
                : 200;
        count(step.kind, expected === 200);
        expect({ label: `${label} (${step.answer})`, status: response.status }).toEqual({
          label: `${label} (${step.answer})`,
          status: expected,
        });
        if (response.status !== 200 || handoff.status !== 'open') return;
        if (step.answer === 'withdraw') handoff.status = 'withdrawn';
        if (step.answer === 'decline') handoff.status = 'declined';
        if (step.answer !== 'accept' || !lead) return;
        // The receiver leads; the sender stays as collaborator or leaves, as it chose.
        handoff.status = 'accepted';
        if (handoff.leave) {
          kase.participants.delete(lead);
          kase.addedAt.delete(lead);
        } else kase.participants.set(lead, 'collaborator');
        if (!kase.participants.has(handoff.to)) kase.addedAt.set(handoff.to, tick);
        kase.participants.set(handoff.to, 'lead');
        kase.left.add(lead);
        kase.accepted += 1;
        return;
      }
      case 'comment': {
        const allowed = casePolicy.comment(context);
        const response = await api
          .post(`/api/cases/${kase.id}/comments`)
          .set(bearer(tokenOf(step.actor)))
          .send({ visibility: 'internal', body: 'Catatan internal uji properti' });
        count(step.kind, allowed);
        expect({ label, status: response.status }).toEqual({
          label,
          status: allowed ? 201 : refusalStatus(kase, step.actor),
        });
        return;
      }
    }
  }

  /** Every user's view of every case agrees with the policy on the model. */
  async function checkRights(cases: ModelCase[]): Promise<void> {
    for (const [caseIndex, kase] of cases.entries()) {
      const views: { account: UserKey; actingAs: UserKey }[] = [];
      for (const agency of AGENCIES)
        for (const role of ROLES) {
          views.push({ account: { agency, role }, actingAs: { agency, role } });
          for (const extra of extraMemberships.get(keyOf({ agency, role })) ?? [])
            views.push({ account: { agency, role }, actingAs: extra });
        }
      for (const { account, actingAs: user } of views) {
        {
          const label = `${keyOf(account)} acting for ${user.agency}/${user.role} on case ${caseIndex}`;
          const context = contextOf(kase, user);
          const response = await request(testApp.url)
            .get(`/api/cases/${kase.id}`)
            .set(bearer(tokenOf(account)))
            .set(ACTING_AGENCY_HEADER, agencyIds[user.agency]);
          const canRead = casePolicy.read(context);
          expect({ label, status: response.status }).toEqual({
            label,
            status: canRead ? 200 : 404,
          });
          if (!canRead) continue;
          const detail = response.body as CaseDetail;
          expect({ label, permissions: detail.permissions }).toMatchObject({
            label,
            permissions: {
              update: casePolicy.update(context),
              inviteObserver: casePolicy.inviteObserver(context),
              comment: casePolicy.comment(context),
            },
          });
          // Beyond the policy: an agency that only has a pending invitation or an open handoff
          // proposal (and no other relation) reads the case but never a reporter's name, contact
          // or NIK.
          const onlyInvited =
            context.relations.length > 0 &&
            context.relations.every(
              (r) => r === 'collaboration_invitee' || r === 'handoff_receiver',
            );
          if (onlyInvited)
            for (const view of detail.reports)
              expect({ label, reporter: view.reporter }).toMatchObject({
                label,
                reporter: { name: null, contact: null, nik: null },
              });
          for (const report of kase.reports) {
            const view = detail.reports.find((r) => r.id === report.id);
            const identity = identityOf(report);
            const seesContact = casePolicy.readReporterContact(context, identity);
            const seesNik = casePolicy.readNik(context, identity);
            expect({ label, report: report.kind, reporter: view?.reporter }).toMatchObject({
              label,
              report: report.kind,
              reporter: {
                name: seesContact ? 'Budi Santoso' : null,
                contact: seesContact ? '081200000001' : null,
                nik: seesNik ? '3507010101900001' : null,
                canRevealIdentity: casePolicy.revealIdentity(context, identity),
              },
            });
          }
          expect(JSON.stringify(detail)).not.toContain('Rahasia Pelapor');
        }
      }
    }
  }

  it(
    'holds for random structures, roles, privacy and write sequences',
    async () => {
      try {
        await fc.assert(
          fc.asyncProperty(worldArb, async ({ cases: shapes, steps }) => {
            const cases = await buildCases(shapes);
            for (const step of steps) await applyStep(step, cases);
            await checkRights(cases);
          }),
          { seed, numRuns, endOnFailure: true, examples: [[EVERY_OUTCOME]] },
        );
        // Every kind of write was both allowed and refused at least once.
        for (const kind of [
          'invite',
          'reveal',
          'update',
          'comment',
          'merge',
          'requestMerge',
          'acceptMerge',
          'inviteMember',
          'reset',
          'inviteCollaborator',
          'answerCollaboration',
          'moveTask',
          'endParticipant',
          'proposeHandoff',
          'answerHandoff',
        ])
          for (const allowed of [true, false])
            expect({ kind, allowed, seen: (outcomes.get(`${kind}:${allowed}`) ?? 0) > 0 }).toEqual({
              kind,
              allowed,
              seen: true,
            });
      } catch (error) {
        throw new Error(
          `privilege property failed; rerun with PRIVILEGE_SEED=${seed}\n${(error as Error).message}\n${String((error as Error).cause ?? '')}`,
        );
      }
    },
    Math.max(120_000, numRuns * 5_000),
  );
});
