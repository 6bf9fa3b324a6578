import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { CommentWriter } from './comment-writer';
import { CommentsController } from './comments.controller';
import { CommentsService } from './comments.service';

@Module({
  imports: [CasesModule, NotificationsModule],
  controllers: [CommentsController],
  providers: [CommentWriter, CommentsService],
  exports: [CommentWriter],
})
export class CommentsModule {}
