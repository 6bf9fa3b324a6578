import { Global, Module } from '@nestjs/common';
import { AuditController } from '../audit/audit.controller';
import { AuditService } from '../audit/audit.service';
import { ActorDatabase } from './actor-database';

@Global()
@Module({
  controllers: [AuditController],
  providers: [ActorDatabase, AuditService],
  exports: [ActorDatabase, AuditService],
})
export class AccessModule {}
