import { IsBoolean, IsOptional, IsString, IsUUID, Matches, ValidateIf } from 'class-validator';
import type {
  ActiveSignal,
  CaseRoomRequest,
  FieldLockSignal,
  TypingSignal,
} from '@simpul/contracts';

export class CaseRoomDto implements CaseRoomRequest {
  @IsUUID()
  caseId!: string;
}

export class TypingDto implements TypingSignal {
  @IsUUID()
  caseId!: string;

  @IsBoolean()
  typing!: boolean;
}

export class FieldLockDto implements FieldLockSignal {
  @IsUUID()
  caseId!: string;

  /** A field name such as `title` or `location.addressText`; null releases. */
  @ValidateIf((o: FieldLockDto) => o.field !== null)
  @IsString()
  @Matches(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/)
  field!: string | null;

  @IsOptional()
  @IsBoolean()
  takeOver?: boolean;
}

export class ActiveDto implements ActiveSignal {
  @IsUUID()
  caseId!: string;
}
