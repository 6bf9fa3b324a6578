import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseEnumPipe,
  Post,
  Put,
  Res,
  StreamableFile,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import type {
  AttachmentRendition,
  CaseAttachment,
  CaseAttachmentList,
  PublicPhotoUploadResponse,
} from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { CurrentActor, Public } from '../auth/auth.decorators';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { AttachmentUploadInterceptor } from './attachment-upload.interceptor';
import {
  AttachmentsService,
  type AttachmentDownload,
  type UploadedFile as StoredUpload,
} from './attachments.service';
import { MarkAttachmentPublicDto, PublicPhotoDto, UploadAttachmentDto } from './dto/attachment.dto';
import { Idempotent } from '../idempotency/idempotent.decorator';

const RENDITIONS: Record<AttachmentRendition, AttachmentRendition> = {
  original: 'original',
  view: 'view',
  thumbnail: 'thumbnail',
};

/** `filename` for old clients (ASCII), `filename*` with the real UTF-8 name (RFC 6266). */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function send(response: Response, file: AttachmentDownload): StreamableFile {
  response.set({
    'X-Content-Type-Options': 'nosniff',
    // The bytes never run as a page of this origin, whatever they contain.
    'Content-Security-Policy': "default-src 'none'; img-src 'self'; sandbox",
    // Access can be withdrawn: browsers keep it briefly and shared caches not at all.
    'Cache-Control': 'private, max-age=300',
  });
  return new StreamableFile(file.data, {
    type: file.mediaType,
    length: file.data.length,
    disposition: contentDisposition(file.disposition, file.fileName),
  });
}

@ApiTags('attachments')
@ApiBearerAuth()
@Controller('cases/:id/attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Get()
  list(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) caseId: string,
  ): Promise<CaseAttachmentList> {
    return this.attachments.list(actor, caseId);
  }

  /** Multipart: `file` (JPEG, PNG, WebP, HEIC or PDF, recognised by content) and optional `caption`. */
  @Post()
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(AttachmentUploadInterceptor)
  upload(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) caseId: string,
    @UploadedFile() file: StoredUpload | undefined,
    @Body() body: UploadAttachmentDto,
  ): Promise<CaseAttachment> {
    return this.attachments.upload(actor, caseId, file, body.caption);
  }

  @Get(':attachmentId/:rendition')
  async download(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) caseId: string,
    @Param('attachmentId', UuidParamPipe) attachmentId: string,
    @Param('rendition', new ParseEnumPipe(RENDITIONS)) rendition: AttachmentRendition,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return send(response, await this.attachments.download(actor, caseId, attachmentId, rendition));
  }

  @Delete(':attachmentId')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) caseId: string,
    @Param('attachmentId', UuidParamPipe) attachmentId: string,
  ): Promise<void> {
    return this.attachments.remove(actor, caseId, attachmentId);
  }

  /**
   * Marks a photo public (`{ public: true }`) or not: those who may change the case; never a
   * photo of a rahasia case (422 `ATTACHMENT_NOT_PUBLISHABLE`, also for a document).
   */
  @Put(':attachmentId/public')
  @Idempotent()
  setPublic(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) caseId: string,
    @Param('attachmentId', UuidParamPipe) attachmentId: string,
    @Body() body: MarkAttachmentPublicDto,
  ): Promise<CaseAttachment> {
    return this.attachments.setPublic(actor, caseId, attachmentId, body.public);
  }

  /** Sets the case location from the photo's GPS (confidence `gps`). */
  @Post(':attachmentId/use-location')
  @Idempotent()
  @HttpCode(HttpStatus.NO_CONTENT)
  useLocation(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) caseId: string,
    @Param('attachmentId', UuidParamPipe) attachmentId: string,
  ): Promise<void> {
    return this.attachments.useLocation(actor, caseId, attachmentId);
  }
}

/** The reporter's photo on a location link: no sign-in, the link's token decides. */
@ApiTags('public')
@Public()
@UseGuards(ThrottlerGuard)
@Controller('public/location-requests')
export class PublicAttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post(':token/photos')
  @Throttle({ 'sign-in': { limit: 10, ttl: 60_000 } })
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(AttachmentUploadInterceptor)
  upload(
    @Param('token') token: string,
    @UploadedFile() file: StoredUpload | undefined,
    @Body() body: PublicPhotoDto,
  ): Promise<PublicPhotoUploadResponse> {
    return this.attachments.publicUpload(token, file, body.withPin === 'true');
  }
}
