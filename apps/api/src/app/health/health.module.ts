import { Module } from '@nestjs/common';
import { HealthController, PublicSettingsController } from './health.controller';
import { HealthService } from './health.service';

@Module({
  controllers: [HealthController, PublicSettingsController],
  providers: [HealthService],
})
export class HealthModule {}
