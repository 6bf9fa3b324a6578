import { Module } from '@nestjs/common';
import { JurisdictionModule } from '../jurisdiction/jurisdiction.module';
import { CaseKernelModule } from '../case-kernel/case-kernel.module';
import { LeadersModule } from '../leaders/leaders.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarService } from './calendar/calendar.service';
import { CaseDetailController } from './detail/case-detail.controller';
import { CaseDetailService } from './detail/case-detail.service';
import { CaseExportController } from './export/case-export.controller';
import { CaseExportService } from './export/case-export.service';
import { ArbitrationService } from './handoffs/arbitration.service';
import { CaseHandoffsController, HandoffQueuesController } from './handoffs/handoffs.controller';
import { HandoffsService } from './handoffs/handoffs.service';
import { IntakeRouting } from './handoffs/intake-routing';
import { InboxController } from './inbox/inbox.controller';
import { InboxMapController } from './inbox/inbox-map.controller';
import { InboxMapService } from './inbox/inbox-map.service';
import { InboxService } from './inbox/inbox.service';
import { IntakeController } from './intake/intake.controller';
import { IntakeService } from './intake/intake.service';
import {
  CaseLocationController,
  PublicLocationController,
} from './location/case-location.controller';
import { CaseLocationService } from './location/case-location.service';
import { CaseLocationWriter } from './location/case-location-writer';
import { CollaborationsController } from './participants/collaborations.controller';
import { CollaborationsService } from './participants/collaborations.service';
import { ParticipantsController } from './participants/participants.controller';
import { ParticipantsService } from './participants/participants.service';
import { RetentionService } from './retention.service';
import { CaseSplitController } from './split/case-split.controller';
import { CaseSplitService } from './split/case-split.service';
import { CaseUpdatesController } from './updates/case-updates.controller';
import { CaseUpdatesService } from './updates/case-updates.service';
import { CaseWorkspaceController } from './workspace/case-workspace.controller';
import { CaseWorkspaceService } from './workspace/case-workspace.service';

/**
 * The case features on the kernel, each in its folder: inbox, intake, export, the case page (detail
 * read model), updates and transitions, participants, location, workspace (tags, staff location)
 * and the working calendar. One module so that `/cases/...` routes with a fixed segment (inbox,
 * workload, export.csv) are registered before `/cases/:id`.
 */
@Module({
  imports: [CaseKernelModule, NotificationsModule, JurisdictionModule, LeadersModule],
  controllers: [
    InboxController,
    InboxMapController,
    IntakeController,
    CaseExportController,
    CaseDetailController,
    CaseUpdatesController,
    ParticipantsController,
    CollaborationsController,
    CaseSplitController,
    CalendarController,
    CaseLocationController,
    PublicLocationController,
    CaseWorkspaceController,
    CaseHandoffsController,
    HandoffQueuesController,
  ],
  providers: [
    InboxService,
    InboxMapService,
    IntakeService,
    CaseExportService,
    CaseDetailService,
    CaseUpdatesService,
    ParticipantsService,
    CollaborationsService,
    CaseSplitService,
    CalendarService,
    CaseLocationService,
    CaseLocationWriter,
    CaseWorkspaceService,
    RetentionService,
    HandoffsService,
    ArbitrationService,
    IntakeRouting,
  ],
  exports: [
    CaseKernelModule,
    RetentionService,
    CaseDetailService,
    IntakeService,
    CaseLocationWriter,
    CaseLocationService,
    HandoffsService,
    IntakeRouting,
  ],
})
export class CasesModule {}
