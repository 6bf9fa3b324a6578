import { Module } from '@nestjs/common';
import { ClarificationsModule } from '../clarifications.module';
import { PublicClarificationController, PublicationController } from './publication.controller';
import { PublicationService } from './publication.service';

/** Publishing clarifications once, everywhere (#15 item 4), beside the drafts module. */
@Module({
  imports: [ClarificationsModule],
  controllers: [PublicationController, PublicClarificationController],
  providers: [PublicationService],
})
export class ClarificationPublicationModule {}
