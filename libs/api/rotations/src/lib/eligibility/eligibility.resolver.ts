import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { requireActor, type RequestContext } from '@stint/api-core';
import { assertMayReadPerson } from '@stint/api-data';
import { todayIso } from '@stint/domain';
import { EligibilityArgs } from './dto/eligibility.args';
import { Eligibility, toEligibility } from './eligibility.model';
import { EligibilityService } from './eligibility.service';

@Resolver(() => Eligibility)
export class EligibilityResolver {
  constructor(
    private readonly service: EligibilityService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Query(() => Eligibility, {
    description: 'Every eligibility rule for a person and window, with reasons',
  })
  async eligibility(
    @Args() args: EligibilityArgs,
    @Context() context: RequestContext,
  ): Promise<Eligibility> {
    assertMayReadPerson(requireActor(context), args.personId);
    const result = await this.service.evaluate(this.dataSource.manager, args, todayIso());
    return toEligibility(result);
  }
}
