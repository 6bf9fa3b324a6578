import { Module } from '@nestjs/common';
import { CaseKernelModule } from '../case-kernel/case-kernel.module';
import { LeadersController } from './leaders.controller';
import { LeadersService } from './leaders.service';

/** The leaders' view (#16): the dashboard, the drill-down's cases (used by the inbox), thresholds. */
@Module({
  imports: [CaseKernelModule],
  controllers: [LeadersController],
  providers: [LeadersService],
  exports: [LeadersService],
})
export class LeadersModule {}
