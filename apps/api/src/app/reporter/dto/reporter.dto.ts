import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  REPORTER_MESSAGE_CHANNELS,
  REPORTER_MESSAGE_TEMPLATES,
  type ReporterMessageChannel,
  type ReporterMessageRequest,
  type ReporterMessageTemplate,
  type TrackingDisputeRequest,
  type TrackingRatingRequest,
  type TrackingReplyRequest,
} from '@simpul/contracts';

export class TrackingReplyDto implements TrackingReplyRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  body!: string;
}

export class TrackingDisputeDto implements TrackingDisputeRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

export class TrackingRatingDto implements TrackingRatingRequest {
  @IsInt()
  @Min(1)
  @Max(5)
  stars!: number;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  comment?: string;
}

export class ReporterMessageDto implements ReporterMessageRequest {
  @IsIn(REPORTER_MESSAGE_TEMPLATES)
  template!: ReporterMessageTemplate;

  @IsIn(REPORTER_MESSAGE_CHANNELS)
  channel!: ReporterMessageChannel;
}
