import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { requireActor, Roles, type RequestContext } from '@stint/api-core';
import { PolicyVersionsArgs } from './dto/policy-versions.args';
import { UpdateEligibilityPolicyInput } from './dto/update-eligibility-policy.input';
import { EligibilityPolicy, EligibilityPolicyConnection } from './eligibility-policy.model';
import { PolicyService } from './policy.service';

@Resolver(() => EligibilityPolicy)
export class PolicyResolver {
  constructor(private readonly policy: PolicyService) {}

  @Query(() => EligibilityPolicy, {
    description: 'The eligibility policy in force (its newest version)',
  })
  eligibilityPolicy(): Promise<EligibilityPolicy> {
    return this.policy.current();
  }

  @Roles('HR')
  @Query(() => EligibilityPolicyConnection, {
    description: 'Every version of the policy, newest first (HR and admins)',
  })
  eligibilityPolicyVersions(
    @Args() args: PolicyVersionsArgs,
  ): Promise<EligibilityPolicyConnection> {
    return this.policy.versions(args.first, args.after);
  }

  @Roles('ADMIN')
  @Mutation(() => EligibilityPolicy, {
    description:
      'Makes a new policy version from the full rule set (admins only); refused as STALE unless based on the newest',
  })
  updateEligibilityPolicy(
    @Args('input') input: UpdateEligibilityPolicyInput,
    @Context() context: RequestContext,
  ): Promise<EligibilityPolicy> {
    return this.policy.update(requireActor(context), input);
  }
}
