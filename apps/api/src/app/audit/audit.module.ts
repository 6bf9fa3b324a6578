import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** Writes the audit log, for every module (read through ../audit-log). */
@Global()
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
