import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { CommentsModule } from '../comments/comments.module';
import { PublicTrackingController, ReporterMessagesController } from './reporter.controller';
import { ReporterMessagesService } from './reporter-messages.service';
import { ReporterTrackingService } from './reporter-tracking.service';

/** The reporter's side of a case: tracking page, reporter actions, and messages to reporters. */
@Module({
  imports: [CasesModule, CommentsModule],
  controllers: [ReporterMessagesController, PublicTrackingController],
  providers: [ReporterTrackingService, ReporterMessagesService],
})
export class ReporterModule {}
