import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import type {
  JurisdictionPermissions,
  RoutingRuleView,
  SaveRoutingRuleRequest,
} from '@simpul/contracts';
import { jurisdictionPolicy } from '../access/access-policy';
import { forbidden, notFound } from '../access/access-errors';
import type { Actor } from '../access/actor';
import { ActorDatabase } from '../access/actor-database';
import { AuditService } from '../audit/audit.service';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import { runQuery } from '../database/typed-query';
import { notifyRegistryChanged, OwnerSuggestionService } from './owner-suggestion.service';
import { roadStatusOf, ruleModeOf } from './registry-values';
import {
  actsForCoordinator,
  agencyExists,
  closeRule,
  insertRule,
  lockOpenRule,
  ruleRows,
  type IRuleRowsResult,
} from './routing-rules.queries';

const RULE = bilingual('Aturan rute', 'Routing rule');

function toView(row: IRuleRowsResult): RoutingRuleView {
  return {
    id: row.id,
    category: row.category,
    regencyCode: row.regency_code,
    roadStatus: row.road_status === null ? null : roadStatusOf(row.road_status),
    agencyId: row.agency_id,
    agencyShortName: row.agency_short_name,
    mode: ruleModeOf(row.mode),
    note: row.note,
    isSample: row.is_sample,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    createdAt: row.created_at.toISOString(),
    createdByName: row.created_by_name ?? null,
  };
}

const overlap = () =>
  new ApiException(
    HttpStatus.CONFLICT,
    'RULE_OVERLAP',
    bilingual(
      'Sudah ada aturan yang berlaku untuk kategori, wilayah dan status jalan ini: ubah aturan itu',
      'A rule for this category, area and road status is already in force: edit that rule',
    ),
    [
      {
        field: 'category',
        message: bilingual(
          'aturan untuk kombinasi ini sudah ada',
          'a rule for this combination exists',
        ),
      },
    ],
  );

/**
 * Routing rules (category × regency × road status → agency), versioned: an edit closes the rule
 * in force today and adds its next version, so a case is judged by the rules of its date.
 */
@Injectable()
export class RoutingRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly db: ActorDatabase,
    private readonly audit: AuditService,
    private readonly suggestions: OwnerSuggestionService,
  ) {}

  async permissions(actor: Actor): Promise<JurisdictionPermissions> {
    return {
      importRegistry: jurisdictionPolicy.importRegistry(actor),
      editRules: jurisdictionPolicy.editRules(actor, await this.coordinates(actor)),
    };
  }

  async list(includeClosed: boolean): Promise<RoutingRuleView[]> {
    return (await runQuery(this.dataSource, ruleRows, { includeClosed, id: null })).map(toView);
  }

  create(actor: Actor, body: SaveRoutingRuleRequest): Promise<RoutingRuleView> {
    return this.write(actor, null, body);
  }

  update(actor: Actor, id: string, body: SaveRoutingRuleRequest): Promise<RoutingRuleView> {
    return this.write(actor, id, body);
  }

  /** Ends a rule today (it stays in the history). */
  async close(actor: Actor, id: string): Promise<void> {
    await this.authorize(actor);
    await this.db.run(actor, async (manager) => {
      await this.closeOpen(manager, actor, id);
      await this.audit.record(
        {
          action: 'routing_rule.closed',
          actorUserId: actor.userId,
          agencyId: actor.agencyId,
          targetType: 'routing_rule',
          targetId: id,
          ip: actor.ip,
        },
        manager,
      );
      await notifyRegistryChanged(manager);
    });
    await this.suggestions.reload();
  }

  private async write(
    actor: Actor,
    replacesId: string | null,
    body: SaveRoutingRuleRequest,
  ): Promise<RoutingRuleView> {
    await this.authorize(actor);
    try {
      const id = await this.db.run(actor, async (manager) => {
        const [agency] = await runQuery(manager, agencyExists, { id: body.agencyId });
        if (!agency)
          throw new ApiException(
            HttpStatus.UNPROCESSABLE_ENTITY,
            'UNKNOWN_AGENCY',
            bilingual('Instansi tidak dikenal', 'Unknown agency'),
            [{ field: 'agencyId', message: bilingual('instansi tidak ada', 'no such agency') }],
          );
        if (replacesId) await this.closeOpen(manager, actor, replacesId);
        const [row] = await runQuery(manager, insertRule, {
          category: body.category,
          regencyCode: body.regencyCode,
          roadStatus: body.roadStatus,
          agencyId: body.agencyId,
          mode: body.mode,
          note: body.note ?? null,
          isSample: false,
          replacesId,
          validFrom: this.suggestions.today(),
          createdBy: actor.userId,
        });
        await this.audit.record(
          {
            action: 'routing_rule.saved',
            actorUserId: actor.userId,
            agencyId: actor.agencyId,
            targetType: 'routing_rule',
            targetId: row.id,
            ip: actor.ip,
            details: { ...body, replacesId },
          },
          manager,
        );
        await notifyRegistryChanged(manager);
        return row.id;
      });
      await this.suggestions.reload();
      const [row] = await runQuery(this.dataSource, ruleRows, { includeClosed: true, id });
      return toView(row);
    } catch (error) {
      // The exclusion constraint: another rule of the same key is in force (or was just added).
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === '23P01'
      )
        throw overlap();
      throw error;
    }
  }

  private async closeOpen(manager: EntityManager, actor: Actor, id: string): Promise<void> {
    const [open] = await runQuery(manager, lockOpenRule, { id });
    if (!open) throw notFound(RULE);
    const today = this.suggestions.today();
    // A rule made today and changed today never applied: it closes on its first day.
    await runQuery(manager, closeRule, {
      id,
      validTo: open.valid_from > today ? open.valid_from : today,
      closedBy: actor.userId,
    });
  }

  private async authorize(actor: Actor): Promise<void> {
    if (!jurisdictionPolicy.editRules(actor, await this.coordinates(actor))) throw forbidden();
  }

  private async coordinates(actor: Actor): Promise<boolean> {
    if (!actor.agencyId) return false;
    const [row] = await runQuery(this.dataSource, actsForCoordinator, { agencyId: actor.agencyId });
    return row?.coordinator ?? false;
  }
}
