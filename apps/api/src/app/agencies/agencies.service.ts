import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AgencyDetail, AgencySummary } from '@simpul/contracts';
import { agencyPolicy } from '../access/access-policy';
import { forbidden, notFound } from '../access/access-errors';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import type { CreateAgencyDto, UpdateAgencyDto } from './dto/agency.dto';

const AGENCY = bilingual('Instansi', 'Agency');

interface AgencyRow {
  id: string;
  code: string;
  name: string;
  short_name: string;
  kind: AgencySummary['kind'];
  parent_id: string | null;
  regency_codes: string[];
  active: boolean;
  coordinates_ids: string[];
}

const SELECT_AGENCY = `SELECT a.id, a.code, a.name, a.short_name, a.kind, a.parent_id, a.regency_codes, a.active,
  COALESCE((SELECT array_agg(c.coordinated_id ORDER BY c.coordinated_id) FROM agency_coordination c WHERE c.coordinator_id = a.id), '{}') AS coordinates_ids
  FROM agency a`;

/** Agencies are reference data every signed-in user may list (for mentions and invitations). */
@Injectable()
export class AgenciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<AgencySummary[]> {
    const rows: AgencyRow[] = await this.dataSource.query(
      `${SELECT_AGENCY} ORDER BY a.kind, a.short_name`,
    );
    return rows.map((row) => this.toSummary(row));
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<AgencyDetail> {
    const [row]: AgencyRow[] = await manager.query(`${SELECT_AGENCY} WHERE a.id = $1`, [id]);
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
      const existing: unknown[] = await manager.query(`SELECT 1 FROM agency WHERE code = $1`, [
        body.code,
      ]);
      if (existing.length > 0) {
        throw new ApiException(
          HttpStatus.CONFLICT,
          'DUPLICATE_CODE',
          bilingual('Kode instansi sudah dipakai', 'The agency code is already taken'),
          [{ field: 'code', message: bilingual('code sudah dipakai', 'code is already taken') }],
        );
      }
      await this.assertParent(manager, body.parentId ?? null, null);
      const [{ id }] = await manager.query(
        `INSERT INTO agency (code, name, short_name, kind, parent_id, regency_codes) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          body.code,
          body.name,
          body.shortName,
          body.kind,
          body.parentId ?? null,
          body.regencyCodes ?? [],
        ],
      );
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
      await manager.query(
        `UPDATE agency SET
           name = COALESCE($2, name), short_name = COALESCE($3, short_name), kind = COALESCE($4, kind),
           parent_id = CASE WHEN $5::boolean THEN $6::uuid ELSE parent_id END,
           regency_codes = COALESCE($7, regency_codes), active = COALESCE($8, active), updated_at = now()
         WHERE id = $1`,
        [
          id,
          body.name ?? null,
          body.shortName ?? null,
          body.kind ?? null,
          body.parentId !== undefined,
          body.parentId ?? null,
          body.regencyCodes ?? null,
          body.active ?? null,
        ],
      );
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
    const rows: { cycle: boolean }[] = await manager.query(
      `WITH RECURSIVE up AS (SELECT id, parent_id FROM agency WHERE id = $1
         UNION SELECT a.id, a.parent_id FROM agency a JOIN up ON a.id = up.parent_id)
       SELECT bool_or(id = $2::uuid) AS cycle FROM up`,
      [parentId, selfId],
    );
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
    const known: { count: number }[] = await manager.query(
      `SELECT count(*)::int AS count FROM agency WHERE id = ANY($1::uuid[])`,
      [targets],
    );
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
    await manager.query(`DELETE FROM agency_coordination WHERE coordinator_id = $1`, [
      coordinatorId,
    ]);
    if (targets.length > 0) {
      await manager.query(
        `INSERT INTO agency_coordination (coordinator_id, coordinated_id) SELECT $1, unnest($2::uuid[])`,
        [coordinatorId, targets],
      );
    }
  }

  private toSummary(row: AgencyRow): AgencySummary {
    return {
      id: row.id,
      code: row.code,
      name: row.name,
      shortName: row.short_name,
      kind: row.kind,
      parentId: row.parent_id,
      regencyCodes: row.regency_codes,
      active: row.active,
    };
  }
}
