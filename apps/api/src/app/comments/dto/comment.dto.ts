import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  COMMENT_VISIBILITIES,
  type CommentVisibility,
  type CreateCommentRequest,
  type EditCommentRequest,
} from '@simpul/contracts';

/** Markdown-lite source is stored as written; the web renders it. */
export const COMMENT_MAX_LENGTH = 10_000;
export const COMMENT_MAX_ATTACHMENTS = 20;

export class CreateCommentDto implements CreateCommentRequest {
  @IsIn(COMMENT_VISIBILITIES)
  visibility!: CommentVisibility;

  @IsString()
  @MinLength(1)
  @MaxLength(COMMENT_MAX_LENGTH)
  body!: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(COMMENT_MAX_ATTACHMENTS)
  @IsUUID('all', { each: true })
  attachmentIds?: string[];
}

export class EditCommentDto implements EditCommentRequest {
  @IsString()
  @MinLength(1)
  @MaxLength(COMMENT_MAX_LENGTH)
  body!: string;

  @IsInt()
  @Min(1)
  version!: number;
}
