import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import DataLoader from 'dataloader';
import { DomainError, requestLoader, requireActor, type RequestContext } from '@stint/api-core';
import { assertMayReadPerson, currentPolicy } from '@stint/api-data';
import { todayIso } from '@stint/domain';
import { EligibilityArgs } from './dto/eligibility.args';
import { Eligibility, toEligibility } from './eligibility.model';
import { EligibilityService, type PersonFacts } from './eligibility.service';

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
    // A request may ask for many people at once (People's "check eligibility of everyone shown"
    // sends a dozen aliases): their facts come in one statement and the policy is read once.
    const manager = this.dataSource.manager;
    const [facts, policy] = await Promise.all([
      requestLoader<string, PersonFacts | null>(
        context,
        'eligibility.personFacts',
        () =>
          new DataLoader(async (ids) => {
            const found = await this.service.personFacts(manager, ids);
            return ids.map((id) => found.get(id) ?? null);
          }),
      ).load(args.personId),
      requestLoader(
        context,
        'eligibility.policy',
        () =>
          new DataLoader(async (keys: readonly 'current'[]) => {
            const current = await currentPolicy(manager);
            return keys.map(() => current);
          }),
      ).load('current'),
    ]);
    if (!facts) throw DomainError.notFound('Person');
    const result = await this.service.evaluate(manager, args, todayIso(), policy, facts);
    return toEligibility(result);
  }
}
