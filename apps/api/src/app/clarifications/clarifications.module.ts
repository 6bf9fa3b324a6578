import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ClarificationApprovalJobs } from './approval-jobs';
import { ApprovalNotices } from './approval-notices';
import { ApprovalService } from './approval.service';
import { ClarificationChainService } from './clarification-chain.service';
import { ClarificationChainsController } from './clarification-chains.controller';
import { ClarificationReviewController } from './clarification-review.controller';
import { ClarificationReviewGateway } from './clarification-review.gateway';
import { ClarificationReviewService } from './clarification-review.service';
import { ClarificationGateway } from './clarification.gateway';
import { ClarificationsController } from './clarifications.controller';
import { ClarificationsService } from './clarifications.service';

/** Hoax clarifications (issue #15): drafts, live co-editing, the approval chain. */
@Module({
  imports: [AuditModule, NotificationsModule],
  controllers: [
    ClarificationChainsController,
    ClarificationsController,
    ClarificationReviewController,
  ],
  providers: [
    ClarificationsService,
    ApprovalService,
    ClarificationChainService,
    ApprovalNotices,
    ClarificationApprovalJobs,
    ClarificationGateway,
    ClarificationReviewService,
    ClarificationReviewGateway,
  ],
  exports: [ClarificationsService, ApprovalService],
})
export class ClarificationsModule {}
