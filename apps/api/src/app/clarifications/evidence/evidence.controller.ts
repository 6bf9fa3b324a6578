import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { LinkedCaseEvidence } from '@simpul/contracts';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../auth/auth.decorators';
import { UuidParamPipe } from '../../common/uuid-param.pipe';
import { EvidenceService } from './evidence.service';

/** Linked cases' field evidence on a clarification draft (#15). */
@ApiTags('clarifications')
@ApiBearerAuth()
@Controller('clarifications/:id/evidence')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  /**
   * Each linked case: to a reader of the case its title, status, road (status and owner) and
   * photos; to anyone else who reads the draft its number and the photos marked public.
   */
  @Get()
  list(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<LinkedCaseEvidence[]> {
    return this.evidence.linkedEvidence(actor, id);
  }

  /** A photo marked public of a linked case, re-encoded without metadata (JPEG). */
  @Get(':attachmentId/photo')
  @Header('Cache-Control', 'private, max-age=300')
  async photo(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('attachmentId', UuidParamPipe) attachmentId: string,
  ): Promise<StreamableFile> {
    return new StreamableFile(await this.evidence.draftPhoto(actor, id, attachmentId), {
      type: 'image/jpeg',
    });
  }
}
