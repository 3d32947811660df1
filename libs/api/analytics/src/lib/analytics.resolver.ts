import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { requireActor, Roles, type RequestContext } from '@stint/api-core';
import {
  CandidatesArgs,
  CoverageArgs,
  FairnessArgs,
  PmoFillArgs,
  RequestFunnelArgs,
  RotationImpactArgs,
  StaffingArgs,
} from './dto/analytics.inputs';
import { OutcomesArgs } from './dto/outcomes.args';
import { Candidate } from './models/candidate.model';
import { Coverage } from './models/coverage.model';
import { Fairness } from './models/fairness.model';
import { PmoFill } from './models/pmo-fill.model';
import { RotationImpact } from './models/rotation-impact.model';
import { RequestFunnel, Staffing } from './models/staffing.model';
import { CandidatesService } from './services/candidates.service';
import { CoverageService } from './services/coverage.service';
import { FairnessService } from './services/fairness.service';
import { ImpactService } from './services/impact.service';
import { Outcomes } from './models/outcomes.model';
import { OutcomesService } from './services/outcomes.service';
import { StaffingService } from './services/staffing.service';

/** SPEC §4's numbers. Thin: roles here, the rules and the SQL in the services. */
@Resolver()
export class AnalyticsResolver {
  constructor(
    private readonly coverageService: CoverageService,
    private readonly staffingService: StaffingService,
    private readonly fairnessService: FairnessService,
    private readonly candidatesService: CandidatesService,
    private readonly impactService: ImpactService,
    private readonly outcomesService: OutcomesService,
  ) {}

  @Query(() => Coverage, {
    description: 'Any signed-in role: organisation and department numbers, never a person',
  })
  coverage(@Args() args: CoverageArgs): Promise<Coverage> {
    return this.coverageService.coverage(args.filter);
  }

  @Query(() => [PmoFill], { description: 'Any signed-in role: seat fill per PMO and bucket' })
  pmoFill(@Args() args: PmoFillArgs): Promise<PmoFill[]> {
    return this.coverageService.pmoFill(args.filter);
  }

  @Roles('HR', 'DIRECTOR')
  @Query(() => Staffing, { description: 'HR, DIRECTOR or ADMIN (names people)' })
  staffing(@Args() args: StaffingArgs): Promise<Staffing> {
    return this.staffingService.staffing(args.asOf);
  }

  @Query(() => RequestFunnel, { description: 'Any signed-in role: request counts by outcome' })
  requestFunnel(@Args() args: RequestFunnelArgs): Promise<RequestFunnel> {
    return this.staffingService.requestFunnel(args);
  }

  @Roles('HR')
  @Query(() => Fairness, { description: 'HR or ADMIN; groups under 5 people are suppressed' })
  fairness(@Args() args: FairnessArgs): Promise<Fairness> {
    return this.fairnessService.fairness(args);
  }

  @Roles('DIRECTOR')
  @Query(() => [Candidate], {
    description: "A director of the seat's PMO, or ADMIN: eligible people, best first",
  })
  candidates(
    @Args() args: CandidatesArgs,
    @Context() context: RequestContext,
  ): Promise<Candidate[]> {
    return this.candidatesService.candidates(requireActor(context), args);
  }

  @Roles('DIRECTOR', 'HR')
  @Query(() => RotationImpact, { description: 'DIRECTOR, HR or ADMIN' })
  rotationImpact(@Args() args: RotationImpactArgs): Promise<RotationImpact> {
    return this.impactService.rotationImpact(args);
  }

  @Roles('DIRECTOR', 'HR', 'PM')
  @Query(() => Outcomes, {
    description:
      'DIRECTOR, HR, ADMIN; PMs the organisation only (no department or level). Association, not cause',
  })
  outcomes(@Args() args: OutcomesArgs, @Context() context: RequestContext): Promise<Outcomes> {
    return this.outcomesService.outcomes(requireActor(context), args.filter);
  }
}
