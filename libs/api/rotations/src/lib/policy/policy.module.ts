import { Module } from '@nestjs/common';

/** The versioned eligibility policy: reading it, and admins writing new versions. */
@Module({
  providers: [],
})
export class PolicyModule {}
