import { Global, Module } from '@nestjs/common';
import { AreasController } from './areas.controller';
import { AreasService } from './areas.service';

@Global()
@Module({ controllers: [AreasController], providers: [AreasService], exports: [AreasService] })
export class AreasModule {}
