import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound } from '../access/access-errors';
import type { Actor } from '../access/actor';
import { CaseLocationWriter } from '../cases/location/case-location-writer';
import { IntakeService } from '../cases/intake/intake.service';
import { bilingual } from '../common/bilingual';
import type { PostServiceRequestDto, ServiceRequestsQueryDto } from './dto/open311.dto';
import { toServiceRequest, type PublicCaseRow } from './open311-format';
import { intakePoint, toCreateCase } from './open311-intake';
import type { Open311Client } from './open311-keys.service';
import { requestSearch } from './open311-query';
import type { Open311CreatedRequest, Open311ServiceRequest, Open311Token } from './open311.types';

/**
 * What the public may read: the case's own facts, its lead agency and the photo link an Open311
 * client sent with it (answered back as the standard has it, never fetched), never a reporter column,
 * and only cases that never held a rahasia report (`ever_confidential`, kept by a trigger: a merged
 * duplicate whose rahasia report moved away stays out, and so does the case that received it).
 * A point the reporter sent through a location link is rounded to about 100 m (three decimals of a
 * degree: 111 m of latitude): it is often the reporter's own doorstep.
 */
const PUBLIC_CASES = `SELECT c.number, c.status, c.category, c.description, c.location_text,
    CASE WHEN c.location_source = 'reporter' THEN round(c.lat::numeric, 3)::float8 ELSE c.lat END AS lat,
    CASE WHEN c.location_source = 'reporter' THEN round(c.lng::numeric, 3)::float8 ELSE c.lng END AS lng,
    c.created_at, c.updated_at, a.name AS lead_agency_name, o.media_url
  FROM "case" c
  JOIN case_participant lp ON lp.case_id = c.id AND lp.role = 'lead'
  JOIN agency a ON a.id = lp.agency_id
  LEFT JOIN open311_request o ON o.case_id = c.id
  WHERE NOT c.ever_confidential`;

/** GeoReport v2 service requests: intake through the manual-intake path, public reads. */
@Injectable()
export class Open311RequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly intake: IntakeService,
    private readonly locations: CaseLocationWriter,
  ) {}

  /**
   * Creates the case as the key's service account, exactly like an officer typing it in (SLA
   * clocks, timeline, location derivation, row-level security), then adds the GPS point.
   */
  async submit(
    client: Open311Client,
    body: PostServiceRequestDto,
    ip: string | null,
  ): Promise<Open311CreatedRequest[]> {
    const point = intakePoint(body);
    const actor = serviceActor(client, ip);
    // One transaction: the case, the device's point (before the owner suggestion routes it) and
    // the request's key.
    const created = await this.intake.create(actor, toCreateCase(body), async (manager, caseId) => {
      // Exact, as the reporter's device measured it.
      if (point)
        await this.locations.setPoint(manager, caseId, actor, {
          ...point,
          confidence: 'gps',
          source: 'open311',
        });
      await manager.query(
        `INSERT INTO open311_request (case_id, key_id, media_url) VALUES ($1, $2, $3)`,
        [caseId, client.keyId, body.media_url ?? null],
      );
    });
    return [{ service_request_id: created.number }];
  }

  async search(query: ServiceRequestsQueryDto): Promise<Open311ServiceRequest[]> {
    const { selection, limit, offset } = requestSearch(query);
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    const bind = (value: unknown) => `$${parameters.push(value)}`;
    if (selection.kind === 'numbers') {
      conditions.push(`c.number = ANY(${bind(selection.numbers)}::text[])`);
    } else {
      conditions.push(`c.created_at >= ${bind(selection.start)}`);
      conditions.push(`c.created_at <= ${bind(selection.end)}`);
      if (selection.serviceCodes)
        conditions.push(`c.category = ANY(${bind(selection.serviceCodes)}::text[])`);
      if (selection.statuses)
        conditions.push(`c.status = ANY(${bind(selection.statuses)}::text[])`);
    }
    const rows = await this.asSystem(
      (manager) =>
        manager.query(
          `${PUBLIC_CASES} AND ${conditions.join(' AND ')}
         ORDER BY c.created_at DESC, c.id DESC LIMIT ${bind(limit)} OFFSET ${bind(offset)}`,
          parameters,
        ) as Promise<PublicCaseRow[]>,
    );
    return rows.map(toServiceRequest);
  }

  /** One request by its case number; a rahasia or unknown case is simply not found. */
  async one(number: string): Promise<Open311ServiceRequest[]> {
    const rows = await this.asSystem(
      (manager) =>
        manager.query(`${PUBLIC_CASES} AND c.number = $1`, [number]) as Promise<PublicCaseRow[]>,
    );
    if (rows.length === 0) throw notFound(bilingual('Laporan', 'Service request'));
    return rows.map(toServiceRequest);
  }

  /** A token is the request's id (requests are created at once); unknown or rahasia: not found. */
  async token(token: string): Promise<Open311Token[]> {
    const [request] = await this.one(token);
    return [{ service_request_id: request.service_request_id, token }];
  }

  /**
   * Public reads carry no actor: the system setting lets the transaction see every case, and
   * the query itself keeps rahasia cases and reporter data out. Read-only, so the wide view can
   * never write.
   */
  private asSystem<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SET TRANSACTION READ ONLY`);
      await manager.query(`SELECT set_config('simpul.system', 'on', true)`);
      return work(manager);
    });
  }
}

/** The key's service account as an actor, so the access policy treats it like an officer. */
function serviceActor(client: Open311Client, ip: string | null): Actor {
  return {
    userId: client.userId,
    sessionId: `open311:${client.keyId}`,
    email: client.email,
    name: client.name,
    isSuperadmin: false,
    mustChangePassword: false,
    agencyId: client.agencyId,
    role: client.role,
    memberships: [{ agencyId: client.agencyId, role: client.role }],
    ip,
  };
}
