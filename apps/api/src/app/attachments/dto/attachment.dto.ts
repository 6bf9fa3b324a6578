import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type {
  MarkAttachmentPublicRequest,
  PublicPhotoFields,
  UploadAttachmentFields,
} from '@simpul/contracts';

/** The text parts of the upload form; the file itself is the `file` part. */
export class UploadAttachmentDto implements UploadAttachmentFields {
  @IsOptional()
  @IsString()
  @MaxLength(500)
  caption?: string;
}

export class PublicPhotoDto implements PublicPhotoFields {
  @IsOptional()
  @IsIn(['true', 'false'])
  withPin?: 'true' | 'false';
}

export class MarkAttachmentPublicDto implements MarkAttachmentPublicRequest {
  @IsBoolean()
  public!: boolean;
}
