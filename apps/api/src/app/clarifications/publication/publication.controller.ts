import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Res,
  StreamableFile,
  UseGuards,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import type { ClarificationDelivery, ClarificationPublicationView } from '@simpul/contracts';
import type { Actor } from '../../access/actor';
import { CurrentActor, Public } from '../../auth/auth.decorators';
import { PublicLimitOnly } from '../../auth/throttles';
import { UuidParamPipe } from '../../common/uuid-param.pipe';
import { ClarificationNoteDto, LogClarificationDeliveryDto } from './publication.dto';
import { EvidenceService } from '../evidence/evidence.service';
import { PublicationService } from './publication.service';

/** Publishing, correcting, retracting and the delivery log of one clarification (signed in). */
@ApiTags('clarifications')
@Controller('clarifications/:id')
export class PublicationController {
  constructor(private readonly publications: PublicationService) {}

  @Post('publish')
  @HttpCode(200)
  publish(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<ClarificationPublicationView> {
    return this.publications.publish(actor, id);
  }

  @Get('outputs')
  outputs(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<ClarificationPublicationView> {
    return this.publications.outputs(actor, id);
  }

  @Post('correction')
  @HttpCode(200)
  correct(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: ClarificationNoteDto,
  ): Promise<ClarificationPublicationView> {
    return this.publications.addNote(actor, id, 'correction', body.text);
  }

  @Post('retraction')
  @HttpCode(200)
  retract(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: ClarificationNoteDto,
  ): Promise<ClarificationPublicationView> {
    return this.publications.addNote(actor, id, 'retraction', body.text);
  }

  @Get('deliveries')
  deliveries(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<ClarificationDelivery[]> {
    return this.publications.deliveries(actor, id);
  }

  @Post('deliveries')
  logDelivery(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: LogClarificationDeliveryDto,
  ): Promise<ClarificationDelivery[]> {
    return this.publications.logDelivery(actor, id, body);
  }
}

/**
 * The public side at `/klarifikasi` (outside the `/api` prefix, excluded from the web app's
 * fallback): server-rendered HTML that reads without JavaScript, and the share card PNG.
 */
@ApiTags('public')
@Public()
@PublicLimitOnly()
@UseGuards(ThrottlerGuard)
@Controller('klarifikasi')
export class PublicClarificationController {
  constructor(
    private readonly publications: PublicationService,
    private readonly evidence: EvidenceService,
  ) {}

  // The HTML type is set once the page exists, so a refusal (an unknown slug) keeps the API's
  // JSON error body and its own content type instead of JSON labelled as HTML.
  @Get()
  @Header('Cache-Control', 'public, max-age=60')
  async index(@Res({ passthrough: true }) res: Response): Promise<string> {
    const html = await this.publications.publicIndex();
    res.type('text/html; charset=utf-8');
    return html;
  }

  @Get(':slug')
  @Header('Cache-Control', 'public, max-age=60')
  async page(
    @Param('slug') slug: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const html = await this.publications.publicPage(slug);
    res.type('text/html; charset=utf-8');
    return html;
  }

  @Get(':slug/kartu.png')
  @Header('Cache-Control', 'public, max-age=60')
  async card(@Param('slug') slug: string): Promise<StreamableFile> {
    return new StreamableFile(await this.publications.publicCard(slug), { type: 'image/png' });
  }

  /**
   * An evidence photo a publication carries (`/klarifikasi/bukti/<id>.jpg`): re-encoded without
   * EXIF, only while it is marked public and its case never held a rahasia report.
   */
  @Get('bukti/:file')
  @Header('Cache-Control', 'public, max-age=300')
  async evidencePhoto(@Param('file') file: string): Promise<StreamableFile> {
    return new StreamableFile(await this.evidence.publishedPhoto(file), { type: 'image/jpeg' });
  }
}
