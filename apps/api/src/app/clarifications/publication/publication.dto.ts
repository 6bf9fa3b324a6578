import { IsIn, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import {
  CLARIFICATION_DELIVERY_OUTPUTS,
  type ClarificationDeliveryOutput,
  type ClarificationNoteRequest,
  type LogClarificationDeliveryRequest,
} from '@simpul/contracts';

export class LogClarificationDeliveryDto implements LogClarificationDeliveryRequest {
  @IsIn(CLARIFICATION_DELIVERY_OUTPUTS)
  output!: ClarificationDeliveryOutput;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  channel!: string;

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  postedUrl?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

export class ClarificationNoteDto implements ClarificationNoteRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  text!: string;
}
