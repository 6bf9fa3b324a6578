import { Global, Module } from '@nestjs/common';
import { PlacesController } from './places.controller';
import { PlacesService } from './places.service';

@Global()
@Module({ controllers: [PlacesController], providers: [PlacesService], exports: [PlacesService] })
export class LocationModule {}
