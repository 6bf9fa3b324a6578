import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import type { OwnerSuggestion, OwnerSuggestionQuery, PlaceBounds } from '@simpul/contracts';
import { appConfig, type AppConfigNamespace } from '../config/app-config';
import { runQuery } from '../database/typed-query';
import { appRoleConnectionString } from '../jobs/job-queue';
import {
  suggestOwner,
  type AgencyRecord,
  type RoutingRuleRecord,
  type SuggestionResult,
} from './geo/owner-suggester';
import { bboxOfLine } from './geo/road-geometry';
import { isValidAt, RoadIndex, type RoadSegmentRecord } from './geo/road-index';
import {
  caseForSuggestion,
  registrySegments,
  routingRules,
  storeCaseRoad,
  suggestionAgencies,
} from './owner-suggestion.queries';
import {
  agencyKindOf,
  DEFAULT_TIME_ZONE,
  kmOf,
  lineOf,
  localDate,
  roadStatusOf,
  ruleModeOf,
} from './registry-values';

/** The PostgreSQL channel every API process listens on; a registry or rule change notifies it. */
export const REGISTRY_CHANNEL = 'simpul_road_registry';

/** Tells every process (this one included) that the registry or the rules changed; sent on commit. */
export async function notifyRegistryChanged(manager: Pick<EntityManager, 'query'>): Promise<void> {
  await manager.query(`SELECT pg_notify($1, '')`, [REGISTRY_CHANNEL]);
}

interface Snapshot {
  index: RoadIndex;
  rules: RoutingRuleRecord[];
  agencies: Map<string, AgencyRecord>;
  loadedAt: Date;
}

/** What storeCaseRoad did: whether the case's road changed, and the area of the segment found. */
export interface CaseRoad {
  changed: boolean;
  segmentArea: { regencyCode: string | null; districtCode: string | null } | null;
}

/** A suggestion asked for outside a case; `asOf` defaults to today in the agencies' time zone. */
export type SuggestionRequest = OwnerSuggestionQuery & { asOf?: string };

/**
 * Who owns a complaint (issue #13 item 3), from an in-memory spatial index of the road-status
 * registry and the routing rules. The database is the source of truth: each API process loads a
 * snapshot at start and again whenever a registry import or a rule edit commits (PostgreSQL
 * LISTEN/NOTIFY on `simpul_road_registry`; after a lost connection it reloads on reconnect).
 */
@Injectable()
export class OwnerSuggestionService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(OwnerSuggestionService.name);
  private snapshot: Snapshot | null = null;
  private loading: Promise<Snapshot> | null = null;
  private stale = false;
  private listener: Client | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(appConfig.KEY) private readonly config: AppConfigNamespace,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
  }

  get timeZone(): string {
    return this.config.sla.timeZone ?? DEFAULT_TIME_ZONE;
  }

  /** Today in the agencies' time zone (YYYY-MM-DD). */
  today(): string {
    return localDate(this.timeZone);
  }

  /** The suggestion for a point, a text, a category and an area, judged at `asOf` (default today). */
  async suggest(query: SuggestionRequest): Promise<OwnerSuggestion> {
    return (await this.decide(query)).suggestion;
  }

  /** The suggestion and the deciding segment (the case's road columns are written from it). */
  async decide(query: SuggestionRequest): Promise<SuggestionResult> {
    const snapshot = await this.current();
    return suggestOwner(
      {
        lat: query.lat ?? null,
        lng: query.lng ?? null,
        text: query.text ?? null,
        category: query.category ?? null,
        regencyCode: query.regencyCode ?? null,
        asOf: query.asOf ?? this.today(),
      },
      snapshot,
    );
  }

  /**
   * The suggestion for a case the caller may read (`manager` carries the actor's row-level
   * security): its point, its title, description and location text, its category and regency,
   * judged by the registry valid at its incident date, else the date it was received.
   */
  async suggestForCase(manager: EntityManager, caseId: string): Promise<OwnerSuggestion> {
    return (await this.decideForCase(manager, caseId)).suggestion;
  }

  async decideForCase(manager: EntityManager, caseId: string): Promise<SuggestionResult> {
    const [kase] = await runQuery(manager, caseForSuggestion, { caseId, timeZone: this.timeZone });
    if (!kase) throw new Error(`case ${caseId} is not readable here`);
    return this.decide({
      ...(kase.lat !== null && kase.lng !== null ? { lat: kase.lat, lng: kase.lng } : {}),
      text: [kase.title, kase.description, kase.location_text].filter(Boolean).join('\n'),
      category: kase.category,
      ...(kase.regency_code ? { regencyCode: kase.regency_code } : {}),
      asOf: kase.as_of,
    });
  }

  /**
   * Writes the road the case's point lies on (segment and status, or none) from the registry valid
   * at its date; call inside the case kernel's unit of work whenever a case gets or changes its
   * point. Only a segment found by the point counts: a road name in the text is a suggestion, not
   * a position. Returns whether anything changed, and the segment's area (regency and district
   * codes as the registry gives them) when the point lies on one.
   */
  async storeCaseRoad(manager: EntityManager, caseId: string): Promise<CaseRoad> {
    const [kase] = await runQuery(manager, caseForSuggestion, { caseId, timeZone: this.timeZone });
    if (!kase) return { changed: false, segmentArea: null };
    let segment: RoadSegmentRecord | null = null;
    if (kase.lat !== null && kase.lng !== null) {
      const result = await this.decide({ lat: kase.lat, lng: kase.lng, asOf: kase.as_of });
      segment = result.suggestion.basis === 'segment' ? result.segment : null;
    }
    const rows = await runQuery(manager, storeCaseRoad, {
      caseId,
      segmentId: segment?.id ?? null,
      roadStatus: segment?.status ?? null,
    });
    return {
      changed: rows.length > 0,
      segmentArea: segment
        ? { regencyCode: segment.regencyCode, districtCode: segment.districtCode }
        : null,
    };
  }

  /**
   * Where a place (a Kemendagri regency, district or village code) lies, as far as the registry in
   * force today tells: the box around its district's segments, else its regency's; null when no
   * segment of either is registered (there is no boundary data offline).
   */
  async placeBounds(code: string): Promise<PlaceBounds | null> {
    const { index } = await this.current();
    const today = this.today();
    const parts = code.split('.');
    const regencyCode = parts.slice(0, 2).join('.');
    const districtCode = parts.length >= 3 ? parts.slice(0, 3).join('.') : null;
    const inForce = index.segments.filter((s) => isValidAt(s, today));
    const boxOf = (segments: readonly RoadSegmentRecord[]) => {
      if (segments.length === 0) return null;
      const boxes = segments.map((s) => bboxOfLine(s.geometry));
      return {
        south: Math.min(...boxes.map((b) => b.minLat)),
        west: Math.min(...boxes.map((b) => b.minLng)),
        north: Math.max(...boxes.map((b) => b.maxLat)),
        east: Math.max(...boxes.map((b) => b.maxLng)),
      };
    };
    const district = districtCode
      ? boxOf(inForce.filter((s) => s.districtCode === districtCode))
      : null;
    if (district && districtCode) return { code: districtCode, basis: 'district', ...district };
    const regency = boxOf(inForce.filter((s) => s.regencyCode === regencyCode));
    return regency ? { code: regencyCode, basis: 'regency', ...regency } : null;
  }

  /** Loads the registry again (after this process changed it, before the notification arrives). */
  async reload(): Promise<void> {
    this.stale = true;
    await this.current();
  }

  /** How many segments the index holds and when it was loaded (health and the admin page). */
  async stats(): Promise<{ segments: number; rules: number; loadedAt: string }> {
    const s = await this.current();
    return { segments: s.index.size, rules: s.rules.length, loadedAt: s.loadedAt.toISOString() };
  }

  private async current(): Promise<Snapshot> {
    if (this.snapshot && !this.stale) return this.snapshot;
    if (!this.loading) {
      this.stale = false;
      this.loading = this.load().finally(() => {
        this.loading = null;
      });
    }
    const snapshot = await this.loading;
    // A change notified while loading: the next call loads again.
    return snapshot;
  }

  private async load(): Promise<Snapshot> {
    const started = Date.now();
    const [segmentRows, ruleRows, agencyRows] = await Promise.all([
      runQuery(this.dataSource, registrySegments, undefined),
      runQuery(this.dataSource, routingRules, undefined),
      runQuery(this.dataSource, suggestionAgencies, undefined),
    ]);
    const segments = segmentRows.map((r): RoadSegmentRecord => ({
      id: r.id,
      versionId: r.version_id,
      linkNumber: r.link_number,
      kmFrom: kmOf(r.km_from),
      kmTo: kmOf(r.km_to),
      name: r.name,
      status: roadStatusOf(r.status),
      regencyCode: r.regency_code,
      districtCode: r.district_code,
      agencyId: r.agency_id,
      geometry: lineOf(r.geometry),
      validFrom: r.valid_from,
      validTo: r.valid_to,
    }));
    const rules = ruleRows.map((r): RoutingRuleRecord => ({
      id: r.id,
      versionId: null,
      category: r.category,
      regencyCode: r.regency_code,
      roadStatus: r.road_status === null ? null : roadStatusOf(r.road_status),
      agencyId: r.agency_id,
      mode: ruleModeOf(r.mode),
      validFrom: r.valid_from,
      validTo: r.valid_to,
    }));
    const agencies = new Map(
      agencyRows.map((r): [string, AgencyRecord] => [
        r.id,
        {
          id: r.id,
          shortName: r.short_name,
          name: r.name,
          kind: agencyKindOf(r.kind),
          regencyCodes: r.regency_codes,
          active: r.active,
        },
      ]),
    );
    const snapshot: Snapshot = {
      index: new RoadIndex(segments),
      rules,
      agencies,
      loadedAt: new Date(),
    };
    this.snapshot = snapshot;
    this.logger.log(
      `Registri jalan dimuat / road registry loaded: ${segments.length} segments, ${rules.length} rules in ${Date.now() - started} ms`,
    );
    return snapshot;
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: appRoleConnectionString(this.config) });
    client.on('notification', (message) => {
      if (message.channel === REGISTRY_CHANNEL) this.stale = true;
    });
    client.on('error', (error) => {
      this.logger.warn(`registry listener lost: ${error.message}`);
      this.retryListen(client);
    });
    client.on('end', () => this.retryListen(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${REGISTRY_CHANNEL}`);
      this.listener = client;
      // Changes made while not listening are not lost: load afresh.
      this.stale = true;
    } catch (error) {
      this.logger.warn(`registry listener could not connect: ${(error as Error).message}`);
      this.retryListen(client);
    }
  }

  private retryListen(client: Client): void {
    if (this.stopped || this.reconnectTimer) return;
    if (this.listener === client) this.listener = null;
    client.removeAllListeners('end');
    void client.end().catch(() => undefined);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.listen();
    }, 2000);
    this.reconnectTimer.unref();
  }
}
