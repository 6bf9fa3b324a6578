import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { Open311DiscoveryController } from './open311-discovery.controller';
import { Open311KeyGuard } from './open311-key.guard';
import { Open311KeysController } from './open311-keys.controller';
import { Open311KeysService } from './open311-keys.service';
import { Open311RequestsService } from './open311-requests.service';
import { Open311Controller } from './open311.controller';

/** Open311 GeoReport v2 intake and public reads, and the agency API keys behind intake. */
@Module({
  imports: [CasesModule],
  controllers: [Open311KeysController, Open311Controller, Open311DiscoveryController],
  providers: [Open311KeysService, Open311RequestsService, Open311KeyGuard],
})
export class Open311Module {}
