import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { CommentWriter } from './comment-writer';

@Module({
  imports: [CasesModule],
  providers: [CommentWriter],
  exports: [CommentWriter],
})
export class CommentsModule {}
