import { HttpStatus, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  CLARIFICATION_APPROVER_ROLES,
  CLARIFICATION_CHAIN_MAX_PEOPLE,
  CLARIFICATION_CHAIN_MAX_STEPS,
  type ApiFieldError,
  type ClarificationApproverRole,
  type ClarificationChainPerson,
  type ClarificationChainStepInput,
  type ClarificationChainStepView,
  type ClarificationChainView,
  type PutClarificationChainRequest,
} from '@simpul/contracts';
import { clarificationPolicy } from '../access/access-policy';
import { forbidden, notFound } from '../access/access-errors';
import type { Actor } from '../access/actor';
import { ActorDatabase } from '../access/actor-database';
import { AuditService } from '../audit/audit.service';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import { runQuery } from '../database/typed-query';
import * as chainSql from './clarification-chain.queries';
import * as sql from './clarifications.queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const NO_ELIGIBLE_APPROVER = bilingual(
  'Langkah ini tidak punya penyetuju',
  'This step has no eligible approver',
);

/** The default chain while an agency configured none: its humas, then its pimpinan. */
export const DEFAULT_CHAIN_ROLES: readonly ClarificationApproverRole[] = ['humas', 'pimpinan'];

/** A configured step as stored (clarification_chain_step). */
export interface StoredChainStep {
  approverAgencyId?: string | null;
  role?: string | null;
  userIds: string[];
  alternateUserIds: string[];
}

/**
 * Everyone who may decide a configured step today: the role holders of its agency or its named
 * people, and its alternates (active accounts only). Approval and configuration ask the same.
 */
export async function stepCandidates(
  manager: EntityManager,
  step: StoredChainStep,
): Promise<ClarificationChainPerson[]> {
  const byRole =
    step.role && step.approverAgencyId
      ? await runQuery(manager, sql.eligibleByRole, {
          agencyId: step.approverAgencyId,
          role: step.role,
        })
      : [];
  const named = [...step.userIds, ...step.alternateUserIds];
  const people =
    named.length > 0 ? await runQuery(manager, sql.activeUsers, { userIds: named }) : [];
  const seen = new Set<string>();
  return [...byRole, ...people].filter((p) => !seen.has(p.userId) && seen.add(p.userId));
}

const field = (path: string, id: string, en: string): ApiFieldError => ({
  field: path,
  message: bilingual(`${path}: ${id}`, `${path}: ${en}`),
});

/**
 * An agency's approval chain for the clarifications it opens (#15 item 3): read by its members and
 * the superadmin, replaced as a whole list by its admin or pimpinan (or the superadmin) over the
 * version they read. Each step names a role in the agency or a unit of its subtree, or named people
 * of that subtree, with alternates; a step nobody may decide is flagged as soon as it is configured.
 */
@Injectable()
export class ClarificationChainService {
  constructor(
    private readonly db: ActorDatabase,
    private readonly audit: AuditService,
  ) {}

  async view(actor: Actor, agencyId: string): Promise<ClarificationChainView> {
    if (!clarificationPolicy.readChain(actor, agencyId)) throw forbidden();
    return this.db.run(actor, (manager) => this.read(manager, actor, agencyId));
  }

  async replace(
    actor: Actor,
    agencyId: string,
    body: PutClarificationChainRequest,
  ): Promise<ClarificationChainView> {
    if (!clarificationPolicy.configureChain(actor, agencyId)) throw forbidden();
    return this.db.run(actor, async (manager) => {
      const subtree = await runQuery(manager, chainSql.agencySubtree, { agencyId });
      if (subtree.length === 0) throw notFound(bilingual('Instansi', 'Agency'));
      const steps = await this.validate(
        manager,
        body,
        subtree.map((a) => a.id),
      );
      const current = await this.read(manager, actor, agencyId);
      const next =
        body.baseVersion === 0
          ? await runQuery(manager, chainSql.insertChainVersion, { agencyId, userId: actor.userId })
          : await runQuery(manager, chainSql.conditionalBumpChainVersion, {
              agencyId,
              userId: actor.userId,
              baseVersion: body.baseVersion,
            });
      if (next.length === 0) {
        // A retried PUT whose first attempt was stored answers what it stored, not a conflict.
        if (
          current.version === body.baseVersion + 1 &&
          sameSteps(current.configured ? current.steps : [], steps)
        )
          return current;
        throw staleChain(current.version);
      }
      await runQuery(manager, sql.deleteChainSteps, { agencyId });
      for (const [position, step] of steps.entries())
        await runQuery(manager, sql.insertChainStep, {
          agencyId,
          position,
          name: step.name,
          approverAgencyId: step.approverAgencyId,
          role: step.role,
          userIds: step.userIds,
          alternateUserIds: step.alternateUserIds,
          updatedBy: actor.userId,
        });
      const after = await this.read(manager, actor, agencyId);
      await this.audit.record(
        {
          action: 'clarification.chain_configured',
          actorUserId: actor.userId,
          agencyId,
          targetType: 'agency',
          targetId: agencyId,
          ip: actor.ip,
          details: {
            version: after.version,
            steps: steps.map((s) => ({
              name: s.name,
              approverAgencyId: s.approverAgencyId,
              role: s.role,
              userIds: s.userIds,
              alternateUserIds: s.alternateUserIds,
            })),
            stepsWithoutApprover: after.stepsWithoutApprover,
          },
        },
        manager,
      );
      return after;
    });
  }

  private async read(
    manager: EntityManager,
    actor: Actor,
    agencyId: string,
  ): Promise<ClarificationChainView> {
    const subtree = await runQuery(manager, chainSql.agencySubtree, { agencyId });
    if (subtree.length === 0) throw notFound(bilingual('Instansi', 'Agency'));
    const [head] = await runQuery(manager, chainSql.chainHead, { agencyId });
    const configured = await runQuery(manager, sql.chainSteps, { agencyId });
    const shortName = new Map(subtree.map((a) => [a.id, a.shortName]));
    const named = configured.flatMap((s) => [...s.userIds, ...s.alternateUserIds]);
    const names = new Map(
      (named.length > 0
        ? await runQuery(manager, chainSql.usersByIds, { userIds: [...new Set(named)] })
        : []
      ).map((u) => [u.userId, u.name]),
    );
    const person = (userId: string) => ({ userId, name: names.get(userId) ?? '—' });
    const stored: (StoredChainStep & { name: string })[] =
      configured.length > 0
        ? configured
        : DEFAULT_CHAIN_ROLES.map((role) => ({
            name: role === 'humas' ? 'Humas' : 'Pimpinan',
            approverAgencyId: agencyId,
            role,
            userIds: [],
            alternateUserIds: [],
          }));
    const steps: ClarificationChainStepView[] = [];
    for (const [position, s] of stored.entries()) {
      const eligible = await stepCandidates(manager, s);
      steps.push({
        position,
        name: s.name,
        approverAgencyId: s.approverAgencyId ?? null,
        approverAgencyShortName: s.approverAgencyId
          ? (shortName.get(s.approverAgencyId) ?? null)
          : null,
        role: (s.role as ClarificationApproverRole | null) ?? null,
        userIds: s.userIds.map(person),
        alternateUserIds: s.alternateUserIds.map(person),
        eligible,
        noEligibleApprover: eligible.length === 0,
        warning: eligible.length === 0 ? NO_ELIGIBLE_APPROVER : null,
      });
    }
    const people = await runQuery(manager, chainSql.subtreeMembers, {
      agencyIds: subtree.map((a) => a.id),
    });
    return {
      agencyId,
      agencyShortName: subtree[0].shortName,
      version: head?.version ?? 0,
      configured: configured.length > 0,
      steps,
      stepsWithoutApprover: steps.filter((s) => s.noEligibleApprover).length,
      mayConfigure: clarificationPolicy.configureChain(actor, agencyId),
      agencies: subtree,
      people,
      updatedAt: head ? head.updatedAt.toISOString() : null,
      updatedByName: head?.updatedByName ?? null,
    };
  }

  /** Field-named bilingual refusals; the whole list or nothing. */
  private async validate(
    manager: EntityManager,
    body: PutClarificationChainRequest,
    subtreeIds: string[],
  ): Promise<
    {
      name: string;
      approverAgencyId: string | null;
      role: string | null;
      userIds: string[];
      alternateUserIds: string[];
    }[]
  > {
    const errors: ApiFieldError[] = [];
    const members = new Set(
      (await runQuery(manager, chainSql.subtreeMembers, { agencyIds: subtreeIds })).map(
        (m) => m.userId,
      ),
    );
    const result = [];
    for (const [i, raw] of (body.steps ?? []).entries()) {
      const at = `steps.${i}`;
      const step: ClarificationChainStepInput = raw ?? { name: '' };
      const name = typeof step.name === 'string' ? step.name.trim() : '';
      if (!name)
        errors.push(field(`${at}.name`, 'nama langkah wajib diisi', 'the step needs a name'));
      const role = step.role ?? null;
      const approverAgencyId = step.approverAgencyId ?? null;
      const userIds = [...new Set(step.userIds ?? [])];
      const alternateUserIds = [...new Set(step.alternateUserIds ?? [])];
      const byRole = role !== null || approverAgencyId !== null;
      if (byRole && userIds.length > 0)
        errors.push(
          field(
            `${at}.userIds`,
            'pilih peran di instansi ATAU orang tertentu, bukan keduanya',
            'name a role in an agency OR named people, not both',
          ),
        );
      else if (!byRole && userIds.length === 0)
        errors.push(
          field(
            `${at}.role`,
            'pilih peran di instansi atau orang tertentu',
            'name a role in an agency or named people',
          ),
        );
      if (byRole) {
        if (role === null || !CLARIFICATION_APPROVER_ROLES.includes(role))
          errors.push(
            field(
              `${at}.role`,
              `peran harus salah satu dari: ${CLARIFICATION_APPROVER_ROLES.join(', ')}`,
              `role must be one of: ${CLARIFICATION_APPROVER_ROLES.join(', ')}`,
            ),
          );
        if (approverAgencyId === null || !subtreeIds.includes(approverAgencyId))
          errors.push(
            field(
              `${at}.approverAgencyId`,
              'instansi harus instansi ini atau unit di bawahnya',
              'the agency must be this agency or a unit under it',
            ),
          );
      }
      for (const [list, ids] of [
        ['userIds', userIds],
        ['alternateUserIds', alternateUserIds],
      ] as const) {
        if (ids.length > CLARIFICATION_CHAIN_MAX_PEOPLE)
          errors.push(
            field(
              `${at}.${list}`,
              `paling banyak ${CLARIFICATION_CHAIN_MAX_PEOPLE} orang`,
              `at most ${CLARIFICATION_CHAIN_MAX_PEOPLE} people`,
            ),
          );
        const stranger = ids.find(
          (id) => typeof id !== 'string' || !UUID.test(id) || !members.has(id),
        );
        if (stranger !== undefined)
          errors.push(
            field(
              `${at}.${list}`,
              'setiap orang harus anggota aktif instansi ini atau unit di bawahnya',
              'each person must be an active member of this agency or a unit under it',
            ),
          );
      }
      if (alternateUserIds.some((id) => userIds.includes(id)))
        errors.push(
          field(
            `${at}.alternateUserIds`,
            'orang pengganti tidak boleh juga penyetuju utama',
            'an alternate cannot also be a named approver',
          ),
        );
      result.push({
        name: name.slice(0, 200),
        approverAgencyId: byRole ? approverAgencyId : null,
        role: byRole ? role : null,
        userIds,
        alternateUserIds,
      });
    }
    if (errors.length > 0)
      throw new ApiException(
        HttpStatus.BAD_REQUEST,
        'VALIDATION_FAILED',
        errors[0].message,
        errors,
      );
    if (result.length > CLARIFICATION_CHAIN_MAX_STEPS)
      throw new ApiException(
        HttpStatus.BAD_REQUEST,
        'VALIDATION_FAILED',
        bilingual(
          `steps: paling banyak ${CLARIFICATION_CHAIN_MAX_STEPS} langkah`,
          `steps: at most ${CLARIFICATION_CHAIN_MAX_STEPS} steps`,
        ),
        [
          field(
            'steps',
            `paling banyak ${CLARIFICATION_CHAIN_MAX_STEPS} langkah`,
            `at most ${CLARIFICATION_CHAIN_MAX_STEPS} steps`,
          ),
        ],
      );
    return result;
  }
}

/** Whether the stored configured steps are exactly the requested ones (a retried PUT). */
function sameSteps(
  stored: ClarificationChainStepView[],
  requested: {
    name: string;
    approverAgencyId: string | null;
    role: string | null;
    userIds: string[];
    alternateUserIds: string[];
  }[],
): boolean {
  const key = (s: {
    name: string;
    approverAgencyId: string | null;
    role: string | null;
    userIds: string[];
    alternateUserIds: string[];
  }) => JSON.stringify([s.name, s.approverAgencyId, s.role, s.userIds, s.alternateUserIds]);
  return (
    stored.length === requested.length &&
    stored.every(
      (s, i) =>
        key({
          ...s,
          userIds: s.userIds.map((p) => p.userId),
          alternateUserIds: s.alternateUserIds.map((p) => p.userId),
        }) === key(requested[i]),
    )
  );
}

function staleChain(version: number): ApiException {
  return new ApiException(
    HttpStatus.CONFLICT,
    'STALE_VERSION',
    bilingual(
      'Rantai persetujuan telah diubah orang lain sejak Anda membukanya. Muat ulang lalu simpan lagi.',
      'Someone else changed the approval chain since you opened it. Reload and save again.',
    ),
    [
      {
        field: 'baseVersion',
        message: bilingual(
          `baseVersion: versi terbaru adalah ${version}`,
          `baseVersion: the latest version is ${version}`,
        ),
      },
    ],
  ).withDetails({ version });
}
