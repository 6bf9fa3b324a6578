import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { CaseMergeService } from './case-merge.service';
import { DuplicatesController } from './duplicates.controller';
import { DuplicatesService } from './duplicates.service';
import { MergeRequestsService } from './merge-requests.service';

/**
 * Duplicate suggestions (by place and by words), merging a duplicate into another case, and merge
 * requests to the duplicate's lead agency.
 */
@Module({
  imports: [CasesModule, NotificationsModule],
  controllers: [DuplicatesController],
  providers: [DuplicatesService, CaseMergeService, MergeRequestsService],
})
export class DuplicatesModule {}
