import { Module } from '@nestjs/common';
import { CaseKernelModule } from '../case-kernel/case-kernel.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { CommentWriter } from './comment-writer';
import { CommentsController } from './comments.controller';
import { CommentsService } from './comments.service';

@Module({
  imports: [CaseKernelModule, NotificationsModule],
  controllers: [CommentsController],
  providers: [CommentWriter, CommentsService],
  exports: [CommentWriter],
})
export class CommentsModule {}
