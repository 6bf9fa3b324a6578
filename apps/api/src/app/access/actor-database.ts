import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from './actor';

/**
 * Runs database work for an actor inside one transaction whose settings tell row-level security
 * who is acting. The settings are transaction-local (`set_config(..., true)`), never session-wide,
 * so a pooled connection carries nothing over to the next request.
 */
@Injectable()
export class ActorDatabase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(actor: Actor, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `SELECT set_config('simpul.agency_id', $1, true), set_config('simpul.role', $2, true),
                set_config('simpul.user_id', $3, true), set_config('simpul.superadmin', $4, true)`,
        [actor.agencyId ?? '', actor.role ?? '', actor.userId, actor.isSuperadmin ? 'on' : 'off'],
      );
      return work(manager);
    });
  }
}
