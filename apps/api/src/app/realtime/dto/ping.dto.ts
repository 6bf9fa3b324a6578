import { IsNumber } from 'class-validator';
import type { PingPayload } from '@simpul/contracts';

export class PingDto implements PingPayload {
  @IsNumber({ allowNaN: false, allowInfinity: false })
  sentAt!: number;
}
