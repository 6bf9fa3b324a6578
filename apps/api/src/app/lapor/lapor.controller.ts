import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { LaporConflict, LaporFollowUp, LaporImportResult } from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { bilingual } from '../common/bilingual';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import {
  LaporFollowUpPostedDto,
  LaporImportQueryDto,
  ResolveLaporConflictDto,
} from './dto/lapor.dto';
import { LaporConflictsService } from './lapor-conflicts.service';
import { LaporFileFormatError, LaporFileSource } from './lapor-file-source';
import { LaporFollowUpService } from './lapor-follow-up.service';
import { LaporImportService } from './lapor-import.service';
import {
  LAPOR_UPLOAD_FIELD,
  LaporUploadInterceptor,
  uploadError,
  type UploadedLaporFile,
} from './lapor-upload.interceptor';
import { Idempotent } from '../idempotency/idempotent.decorator';

/** SP4N-LAPOR!: file import, conflicts between LAPOR and Simpul, and "copy to LAPOR". */
@ApiTags('lapor')
@ApiBearerAuth()
@Controller()
export class LaporController {
  constructor(
    private readonly imports: LaporImportService,
    private readonly conflicts: LaporConflictsService,
    private readonly followUps: LaporFollowUpService,
  ) {}

  /** Imports a CSV or JSON file exported from LAPOR (docs/lapor-import.md); `dryRun=true` writes nothing. */
  @Post('lapor/import')
  @HttpCode(HttpStatus.OK)
  @UseInterceptors(LaporUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: [LAPOR_UPLOAD_FIELD],
      properties: { [LAPOR_UPLOAD_FIELD]: { type: 'string', format: 'binary' } },
    },
  })
  importFile(
    @CurrentActor() actor: Actor,
    @UploadedFile() file: UploadedLaporFile | undefined,
    @Query() query: LaporImportQueryDto,
  ): Promise<LaporImportResult> {
    this.imports.assertMayImport(actor);
    if (!file) {
      throw uploadError(
        HttpStatus.BAD_REQUEST,
        'VALIDATION_FAILED',
        bilingual(`${LAPOR_UPLOAD_FIELD} wajib diunggah`, `${LAPOR_UPLOAD_FIELD} is required`),
      );
    }
    let source: LaporFileSource;
    try {
      source = LaporFileSource.open(file);
    } catch (error) {
      if (!(error instanceof LaporFileFormatError)) throw error;
      throw uploadError(HttpStatus.BAD_REQUEST, 'INVALID_FILE', error.reason);
    }
    return this.imports.import(actor, source, { dryRun: query.dryRun ?? false });
  }

  @Get('cases/:id/lapor-conflicts')
  listConflicts(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<LaporConflict[]> {
    return this.conflicts.listOpen(actor, id);
  }

  /** `keep_simpul` or `take_lapor` (writes the LAPOR value into the case). */
  @Post('lapor/conflicts/:id/resolve')
  @Idempotent()
  @HttpCode(HttpStatus.OK)
  resolveConflict(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: ResolveLaporConflictDto,
  ): Promise<LaporConflict> {
    return this.conflicts.resolve(actor, id, body.resolution);
  }

  /** The latest follow-up as text to paste into LAPOR. */
  @Get('cases/:id/lapor-follow-up')
  followUp(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<LaporFollowUp> {
    return this.followUps.latest(actor, id);
  }

  /** Records that an officer posted the follow-up in LAPOR (who and when, on the timeline). */
  @Post('cases/:id/lapor-follow-up/posted')
  @Idempotent()
  @HttpCode(HttpStatus.OK)
  followUpPosted(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: LaporFollowUpPostedDto,
  ): Promise<LaporFollowUp> {
    return this.followUps.markPosted(actor, id, body.followUpSeq);
  }
}
