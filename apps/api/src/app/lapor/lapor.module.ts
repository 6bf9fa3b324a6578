import { Module } from '@nestjs/common';
import { CaseKernelModule } from '../case-kernel/case-kernel.module';
import { CasesModule } from '../cases/cases.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { LaporConflictsService } from './lapor-conflicts.service';
import { LaporController } from './lapor.controller';
import { LaporFollowUpService } from './lapor-follow-up.service';
import { LaporImportService } from './lapor-import.service';
import { LaporUploadInterceptor } from './lapor-upload.interceptor';

/** SP4N-LAPOR! integration: file import today, an API client behind `LaporSource` later. */
@Module({
  imports: [CaseKernelModule, CasesModule, NotificationsModule],
  controllers: [LaporController],
  providers: [
    LaporImportService,
    LaporConflictsService,
    LaporFollowUpService,
    LaporUploadInterceptor,
  ],
})
export class LaporModule {}
