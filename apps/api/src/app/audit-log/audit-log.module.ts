import { Module } from '@nestjs/common';
import { AuditController } from './audit-log.controller';

/** The audit log's reading side (GET /api/audit…); writing it is AuditService's, below. */
@Module({ controllers: [AuditController] })
export class AuditLogModule {}
