import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { requireActor, Roles, type RequestContext } from '@stint/api-core';
import { todayIso } from '@stint/domain';
import {
  AssignRotationInput,
  CancelArgs,
  EndEarlyArgs,
  OutcomeArgs,
  RotationIdArgs,
  RotationsArgs,
} from './dto/rotation.inputs';
import { Rotation, RotationConnection, toRotation } from './rotation.model';
import { RotationsService } from './rotations.service';

@Resolver(() => Rotation)
export class RotationsResolver {
  constructor(private readonly service: RotationsService) {}

  @Query(() => RotationConnection, { description: 'Latest start first; PMs see only their own' })
  async rotations(
    @Args() args: RotationsArgs,
    @Context() context: RequestContext,
  ): Promise<RotationConnection> {
    const page = await this.service.page(
      requireActor(context),
      args.filter,
      args.first,
      args.after,
    );
    const today = todayIso();
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toRotation(e.node, today) })),
    };
  }

  @Query(() => Rotation)
  async rotation(
    @Args() { id }: RotationIdArgs,
    @Context() context: RequestContext,
  ): Promise<Rotation> {
    return toRotation(await this.service.findVisible(requireActor(context), id), todayIso());
  }

  @Roles('DIRECTOR')
  @Mutation(() => Rotation, {
    description: 'Places a person in a seat of a PMO you direct, without a request',
  })
  async assignRotation(
    @Args('input') input: AssignRotationInput,
    @Context() context: RequestContext,
  ) {
    return toRotation(await this.service.assign(requireActor(context), input), todayIso());
  }

  @Roles('DIRECTOR')
  @Mutation(() => Rotation)
  async endRotationEarly(@Args() { id, endsOn }: EndEarlyArgs, @Context() context: RequestContext) {
    return toRotation(await this.service.endEarly(requireActor(context), id, endsOn), todayIso());
  }

  @Roles('DIRECTOR')
  @Mutation(() => Rotation)
  async cancelRotation(@Args() { id, reason }: CancelArgs, @Context() context: RequestContext) {
    return toRotation(await this.service.cancel(requireActor(context), id, reason), todayIso());
  }

  @Roles('DIRECTOR')
  @Mutation(() => Rotation, {
    description: 'Goals achieved and a note, once the rotation has ended',
  })
  async recordRotationOutcome(
    @Args() { id, goalsAchieved, note }: OutcomeArgs,
    @Context() context: RequestContext,
  ) {
    return toRotation(
      await this.service.recordOutcome(requireActor(context), id, goalsAchieved, note),
      todayIso(),
    );
  }
}
