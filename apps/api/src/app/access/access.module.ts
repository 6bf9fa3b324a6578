import { Global, Module } from '@nestjs/common';
import { ActorDatabase } from './actor-database';

@Global()
@Module({
  providers: [ActorDatabase],
  exports: [ActorDatabase],
})
export class AccessModule {}
