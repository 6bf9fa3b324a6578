import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { InboxCount, CaseSummary, InboxPage, OfficerWorkload } from '@simpul/contracts';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../auth/auth.decorators';
import { InboxQueryDto } from '../dto/inbox-query.dto';
import { InboxService } from './inbox.service';

/** The lists of cases: all, the inbox and its count, and the workload. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class InboxController {
  constructor(private readonly inboxes: InboxService) {}

  @Get()
  list(@CurrentActor() actor: Actor): Promise<CaseSummary[]> {
    return this.inboxes.list(actor);
  }

  /** Filtered, searchable, keyset-paginated list (see InboxQuery). */
  @Get('inbox')
  inbox(@CurrentActor() actor: Actor, @Query() query: InboxQueryDto): Promise<InboxPage> {
    return this.inboxes.inbox(actor, query);
  }

  /** The same filters' matches, exact up to 10,000 (a page counts only to 1,000). */
  @Get('inbox/count')
  inboxCount(@CurrentActor() actor: Actor, @Query() query: InboxQueryDto): Promise<InboxCount> {
    return this.inboxes.inboxCount(actor, query);
  }

  /** Open cases per officer of the acting agency. */
  @Get('workload')
  workload(@CurrentActor() actor: Actor): Promise<OfficerWorkload[]> {
    return this.inboxes.workload(actor);
  }
}
