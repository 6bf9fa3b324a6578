import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { CaseClocks } from './case-clocks';
import { CaseEventLog } from './case-event-log';
import { CaseStatusWriter } from './case-status-writer';
import { CaseUnitOfWork } from './case-unit-of-work';
import { ClockTimers } from './clock-timers';

/**
 * The case kernel: the unit of work every feature runs case work in, the event log, the status
 * writer and machine, the clocks (and their timers), merge links and the case repository (plain
 * functions, `case-repository.ts`). Features stand on it; it stands on the platform below.
 */
@Module({
  imports: [NotificationsModule],
  providers: [CaseUnitOfWork, CaseEventLog, CaseClocks, CaseStatusWriter, ClockTimers],
  exports: [CaseUnitOfWork, CaseEventLog, CaseClocks, CaseStatusWriter],
})
export class CaseKernelModule {}
