import { Module } from '@nestjs/common';
import { PolicyModule } from './policy/policy.module';

/** Eligibility, rotation requests and rotations: the lifecycle at the heart of Stint. */
@Module({
  imports: [PolicyModule],
  providers: [],
})
export class RotationsModule {}
