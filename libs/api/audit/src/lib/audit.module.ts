import { Module } from '@nestjs/common';

/** Reading the audit trail (writing happens through recordAudit in each transaction). */
@Module({
  providers: [],
})
export class AuditModule {}
