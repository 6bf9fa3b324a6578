import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ApprovalService } from './approval.service';
import { ClarificationReviewController } from './clarification-review.controller';
import { ClarificationReviewGateway } from './clarification-review.gateway';
import { ClarificationReviewService } from './clarification-review.service';
import { ClarificationGateway } from './clarification.gateway';
import { ClarificationsController } from './clarifications.controller';
import { ClarificationsService } from './clarifications.service';

/** Hoax clarifications (issue #15): drafts, live co-editing, the approval chain. */
@Module({
  imports: [AuditModule],
  controllers: [ClarificationsController, ClarificationReviewController],
  providers: [
    ClarificationsService,
    ApprovalService,
    ClarificationGateway,
    ClarificationReviewService,
    ClarificationReviewGateway,
  ],
  exports: [ClarificationsService, ApprovalService],
})
export class ClarificationsModule {}
