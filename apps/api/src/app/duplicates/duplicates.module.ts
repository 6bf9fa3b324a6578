import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { CaseMergeService } from './case-merge.service';
import { DuplicatesController } from './duplicates.controller';
import { DuplicatesService } from './duplicates.service';

/** Duplicate suggestions (by place and by words) and merging a duplicate into another case. */
@Module({
  imports: [CasesModule],
  controllers: [DuplicatesController],
  providers: [DuplicatesService, CaseMergeService],
})
export class DuplicatesModule {}
