import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AGENCY_KINDS, type AgencyDetail, type AgencySummary } from '@simpul/contracts';
import { agencyPolicy } from '../access/access-policy';
import { forbidden, notFound } from '../access/access-errors';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import { checkedText } from '../database/checked-text';
import { runQuery } from '../database/typed-query';
import {
  agencyCodeTaken,
  clearCoordination,
  countAgencies,
  insertAgency,
  insertCoordination,
  loadAgencies,
  parentCycle,
  updateAgency,
  type ILoadAgenciesResult,
} from './agencies.queries';
import type { CreateAgencyDto, UpdateAgencyDto } from './dto/agency.dto';

const AGENCY = bilingual('Instansi', 'Agency');

type AgencyRow = ILoadAgenciesResult;

/** Agencies are reference data every signed-in user may list (for mentions and invitations). */
@Injectable()
export class AgenciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<AgencySummary[]> {
    const rows = await runQuery(this.dataSource, loadAgencies, { agencyId: null });
    return rows.map((row) => this.toSummary(row));
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<AgencyDetail> {
    const [row] = await runQuery(manager, loadAgencies, { agencyId: id });
    if (!row) throw notFound(AGENCY);
    return { ...this.toSummary(row), coordinatesIds: row.coordinates_ids };
  }

  async create(actor: Actor, body: CreateAgencyDto): Promise<AgencyDetail> {
    if (!agencyPolicy.create(actor))
      throw forbidden(
        bilingual(
          'Hanya superadmin yang dapat menambah instansi.',
          'Only the superadmin can add agencies.',
        ),
      );
    return this.dataSource.transaction(async (manager) => {
      const existing = await runQuery(manager, agencyCodeTaken, { code: body.code });
      if (existing.length > 0) {
        throw new ApiException(
          HttpStatus.CONFLICT,
          'DUPLICATE_CODE',
          bilingual('Kode instansi sudah dipakai', 'The agency code is already taken'),
          [{ field: 'code', message: bilingual('code sudah dipakai', 'code is already taken') }],
        );
      }
      await this.assertParent(manager, body.parentId ?? null, null);
      const [{ id }] = await runQuery(manager, insertAgency, {
        code: body.code,
        name: body.name,
        shortName: body.shortName,
        kind: body.kind,
        parentId: body.parentId ?? null,
        regencyCodes: body.regencyCodes ?? [],
      });
      await this.replaceCoordination(manager, id, body.coordinatesIds ?? []);
      const created = await this.get(id, manager);
      await this.audit.record(
        {
          action: 'agency.created',
          actorUserId: actor.userId,
          agencyId: id,
          targetType: 'agency',
          targetId: id,
          ip: actor.ip,
          details: { after: created },
        },
        manager,
      );
      return created;
    });
  }

  async update(actor: Actor, id: string, body: UpdateAgencyDto): Promise<AgencyDetail> {
    const before = await this.get(id);
    if (!agencyPolicy.update(actor, id)) throw forbidden();
    const structural =
      body.kind !== undefined ||
      body.parentId !== undefined ||
      body.coordinatesIds !== undefined ||
      body.active !== undefined;
    if (structural && !agencyPolicy.updateStructure(actor)) {
      throw forbidden(
        bilingual(
          'Jenis, induk, koordinasi dan status aktif instansi hanya dapat diubah superadmin.',
          "Only the superadmin changes an agency's kind, parent, coordination and active status.",
        ),
      );
    }
    return this.dataSource.transaction(async (manager) => {
      if (body.parentId !== undefined) await this.assertParent(manager, body.parentId, id);
      await runQuery(manager, updateAgency, {
        agencyId: id,
        name: body.name ?? null,
        shortName: body.shortName ?? null,
        kind: body.kind ?? null,
        setParent: body.parentId !== undefined,
        parentId: body.parentId ?? null,
        regencyCodes: body.regencyCodes ?? null,
        active: body.active ?? null,
      });
      if (body.coordinatesIds) await this.replaceCoordination(manager, id, body.coordinatesIds);
      const after = await this.get(id, manager);
      await this.audit.record(
        {
          action: 'agency.updated',
          actorUserId: actor.userId,
          agencyId: id,
          targetType: 'agency',
          targetId: id,
          ip: actor.ip,
          details: { before, after },
        },
        manager,
      );
      return after;
    });
  }

  /** The parent must exist and must not make the hierarchy a cycle. */
  private async assertParent(
    manager: EntityManager,
    parentId: string | null,
    selfId: string | null,
  ): Promise<void> {
    if (!parentId) return;
    const rows = await runQuery(manager, parentCycle, { parentId, selfId });
    const invalid = rows[0]?.cycle === null ? 'missing' : rows[0]?.cycle ? 'cycle' : null;
    if (invalid) {
      throw new ApiException(
        HttpStatus.BAD_REQUEST,
        'INVALID_PARENT',
        bilingual('Induk instansi tidak valid', 'Invalid parent agency'),
        [
          {
            field: 'parentId',
            message:
              invalid === 'missing'
                ? bilingual(
                    'parentId bukan instansi yang ada',
                    'parentId is not an existing agency',
                  )
                : bilingual(
                    'parentId membuat hubungan induk melingkar',
                    'parentId would make the hierarchy circular',
                  ),
          },
        ],
      );
    }
  }

  private async replaceCoordination(
    manager: EntityManager,
    coordinatorId: string,
    coordinatedIds: string[],
  ): Promise<void> {
    const targets = [...new Set(coordinatedIds)].filter((id) => id !== coordinatorId);
    const known = await runQuery(manager, countAgencies, { ids: targets });
    if (known[0].count !== targets.length) {
      throw new ApiException(
        HttpStatus.BAD_REQUEST,
        'UNKNOWN_AGENCY',
        bilingual('Instansi yang dikoordinasi tidak dikenal', 'Unknown coordinated agency'),
        [
          {
            field: 'coordinatesIds',
            message: bilingual(
              'coordinatesIds berisi instansi yang tidak ada',
              'coordinatesIds lists an agency that does not exist',
            ),
          },
        ],
      );
    }
    await runQuery(manager, clearCoordination, { coordinatorId });
    if (targets.length > 0) {
      await runQuery(manager, insertCoordination, { coordinatorId, coordinatedIds: targets });
    }
  }

  private toSummary(row: AgencyRow): AgencySummary {
    return {
      id: row.id,
      code: row.code,
      name: row.name,
      shortName: row.short_name,
      kind: checkedText(AGENCY_KINDS, row.kind, 'agency.kind'),
      parentId: row.parent_id,
      regencyCodes: row.regency_codes,
      active: row.active,
    };
  }
}
