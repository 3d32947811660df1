import { Module } from '@nestjs/common';
import { EligibilityResolver } from './eligibility/eligibility.resolver';
import { EligibilityService } from './eligibility/eligibility.service';
import { PlacementService } from './placement/placement.service';
import { PolicyModule } from './policy/policy.module';
import { RequestsResolver } from './requests/requests.resolver';
import { RequestsService } from './requests/requests.service';
import { RotationsResolver } from './rotations/rotations.resolver';
import { RotationsService } from './rotations/rotations.service';

/** Eligibility, rotation requests and rotations: the lifecycle at the heart of Stint. */
@Module({
  imports: [PolicyModule],
  providers: [
    EligibilityService,
    EligibilityResolver,
    PlacementService,
    RequestsService,
    RequestsResolver,
    RotationsService,
    RotationsResolver,
  ],
  exports: [EligibilityService],
})
export class RotationsModule {}
