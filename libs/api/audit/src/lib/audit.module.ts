import { Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** Reading the audit trail (writing happens through recordAudit in each transaction). */
@Module({
  providers: [AuditService, AuditResolver],
})
export class AuditModule {}
