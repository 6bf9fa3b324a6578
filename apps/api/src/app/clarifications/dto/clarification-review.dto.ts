import { Type } from 'class-transformer';
import {
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  CLARIFICATION_COMMENT_MAX_LENGTH,
  CLARIFICATION_QUOTE_MAX_LENGTH,
  CLARIFICATION_SECTIONS,
  CLARIFICATION_VERSION_NAME_MAX_LENGTH,
  type ClarificationCommentAnchor,
  type ClarificationSection,
  type CreateClarificationCommentRequest,
  type SaveClarificationVersionRequest,
} from '@simpul/contracts';

/** An encoded Yjs relative position is a few dozen bytes; base64 of at most 512. */
const BASE64 = /^[A-Za-z0-9+/]{4,684}={0,2}$/;

export class ClarificationCommentAnchorDto implements ClarificationCommentAnchor {
  @IsIn(CLARIFICATION_SECTIONS)
  section!: ClarificationSection;

  @IsString()
  @Matches(BASE64)
  start!: string;

  @IsString()
  @Matches(BASE64)
  end!: string;

  /** What the client saw selected; the stored quote is the server's text at the anchor. */
  @IsString()
  @MaxLength(CLARIFICATION_QUOTE_MAX_LENGTH)
  quote!: string;
}

export class CreateClarificationCommentDto implements CreateClarificationCommentRequest {
  @IsString()
  @Length(1, CLARIFICATION_COMMENT_MAX_LENGTH)
  body!: string;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClarificationCommentAnchorDto)
  anchor?: ClarificationCommentAnchorDto;

  @IsOptional()
  @IsUUID()
  parentId?: string;
}

export class SaveClarificationVersionDto implements SaveClarificationVersionRequest {
  @IsString()
  @Length(1, CLARIFICATION_VERSION_NAME_MAX_LENGTH)
  name!: string;
}
