import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../../attachments/attachments.module';
import { ClarificationsModule } from '../clarifications.module';
import { EvidenceController } from '../evidence/evidence.controller';
import { EvidenceService } from '../evidence/evidence.service';
import { PublicClarificationController, PublicationController } from './publication.controller';
import { PublicationService } from './publication.service';

/**
 * Publishing clarifications once, everywhere (#15 item 4), and the linked cases' evidence on drafts
 * and public outputs, beside the drafts module.
 */
@Module({
  imports: [ClarificationsModule, AttachmentsModule],
  controllers: [PublicationController, PublicClarificationController, EvidenceController],
  providers: [PublicationService, EvidenceService],
})
export class ClarificationPublicationModule {}
