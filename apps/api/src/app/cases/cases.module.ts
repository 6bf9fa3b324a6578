import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { CalendarController } from './calendar.controller';
import { CaseLocationController, PublicLocationController } from './case-location.controller';
import { CaseLocationService } from './case-location.service';
import { CaseLocationWriter } from './case-location-writer';
import { CaseClocks } from './case-clocks';
import { CaseGuard } from './case-guard';
import { CaseEventLog } from './case-event-log';
import { CaseStatusWriter } from './case-status-writer';
import { CaseWorkspaceController } from './case-workspace.controller';
import { CaseWorkspaceService } from './case-workspace.service';
import { ClockTimers } from './clock-timers';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { RetentionService } from './retention.service';

@Module({
  imports: [NotificationsModule],
  controllers: [
    CasesController,
    CalendarController,
    CaseLocationController,
    PublicLocationController,
    CaseWorkspaceController,
  ],
  providers: [
    CaseGuard,
    CasesService,
    CaseLocationService,
    CaseLocationWriter,
    CaseWorkspaceService,
    CaseEventLog,
    CaseClocks,
    CaseStatusWriter,
    ClockTimers,
    RetentionService,
  ],
  exports: [
    RetentionService,
    CaseEventLog,
    CaseClocks,
    CaseStatusWriter,
    CaseGuard,
    CasesService,
    CaseLocationWriter,
    CaseLocationService,
  ],
})
export class CasesModule {}
