import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@stint/api-core';
import { AuditEvent, AuditEventConnection, AuditFilterOptions } from './audit-event.model';
import { AuditService } from './audit.service';
import { AuditEventsArgs } from './dto/audit-events.args';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Roles('HR')
  @Query(() => AuditEventConnection, {
    description: 'The audit trail, newest first (HR and admins)',
  })
  auditEvents(@Args() args: AuditEventsArgs): Promise<AuditEventConnection> {
    return this.audit.page(args.filter, args.first, args.after);
  }

  @Roles('HR')
  @Query(() => AuditFilterOptions, {
    description: 'The record types, actions and actors in the audit trail (HR and admins)',
  })
  auditFilterOptions(): Promise<AuditFilterOptions> {
    return this.audit.filterOptions();
  }
}
