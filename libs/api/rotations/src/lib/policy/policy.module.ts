import { Module } from '@nestjs/common';
import { PolicyResolver } from './policy.resolver';
import { PolicyService } from './policy.service';

/** The versioned eligibility policy: reading it, and admins writing new versions. */
@Module({
  providers: [PolicyService, PolicyResolver],
  exports: [PolicyService],
})
export class PolicyModule {}
