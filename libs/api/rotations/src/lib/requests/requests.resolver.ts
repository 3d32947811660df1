import {
  Args,
  ArgsType,
  Context,
  Field,
  ID,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import type { DataSource } from 'typeorm';
import { requestLoader, requireActor, Roles, type RequestContext } from '@stint/api-core';
import { ApproveRotationRequestInput } from './dto/approve-request.input';
import { RotationRequestsArgs } from './dto/rotation-requests.args';
import { SubmitRotationRequestInput } from './dto/submit-request.input';
import {
  RotationRequest,
  RotationRequestConnection,
  toRotationRequest,
} from './rotation-request.model';
import { RequestsService } from './requests.service';

@ArgsType()
class RequestIdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
class ApproveArgs extends RequestIdArgs {
  @Field(() => ApproveRotationRequestInput)
  @ValidateNested()
  @Type(() => ApproveRotationRequestInput)
  input!: ApproveRotationRequestInput;
}

@ArgsType()
class DeclineArgs extends RequestIdArgs {
  @Field({ description: 'Why, for the PM (required)' })
  @IsString()
  @MaxLength(4000)
  note!: string;
}

@ObjectType('ApprovalResult')
class ApprovalResult {
  @Field(() => RotationRequest)
  request!: RotationRequest;

  @Field(() => ID)
  rotationId!: string;
}

@Resolver(() => RotationRequest)
export class RequestsResolver {
  constructor(
    private readonly requests: RequestsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Query(() => RotationRequestConnection, { description: 'Newest first; PMs see only their own' })
  async rotationRequests(@Args() args: RotationRequestsArgs, @Context() context: RequestContext) {
    const page = await this.requests.page(
      requireActor(context),
      args.filter,
      args.first,
      args.after,
    );
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toRotationRequest(e.node) })),
    };
  }

  @Query(() => RotationRequest, { description: 'One request; PMs only their own' })
  async rotationRequest(@Args() { id }: RequestIdArgs, @Context() context: RequestContext) {
    return toRotationRequest(await this.requests.findVisible(requireActor(context), id));
  }

  @Roles('PM')
  @Mutation(() => RotationRequest, { description: 'A PM asks for a rotation for themself' })
  async submitRotationRequest(
    @Args('input') input: SubmitRotationRequestInput,
    @Context() context: RequestContext,
  ): Promise<RotationRequest> {
    return toRotationRequest(await this.requests.submit(requireActor(context), input));
  }

  @Roles('PM')
  @Mutation(() => RotationRequest, { description: 'A PM takes back their own submitted request' })
  async withdrawRotationRequest(@Args() { id }: RequestIdArgs, @Context() context: RequestContext) {
    return toRotationRequest(await this.requests.withdraw(requireActor(context), id));
  }

  @Roles('DIRECTOR')
  @Mutation(() => ApprovalResult, { description: 'Places the PM in a seat of a PMO you direct' })
  async approveRotationRequest(
    @Args() { id, input }: ApproveArgs,
    @Context() context: RequestContext,
  ) {
    const { request, rotationId } = await this.requests.approve(requireActor(context), id, input);
    return { request: toRotationRequest(request), rotationId };
  }

  @Roles('DIRECTOR')
  @Mutation(() => RotationRequest, { description: 'Declines with a note the PM will read' })
  async declineRotationRequest(
    @Args() { id, note }: DeclineArgs,
    @Context() context: RequestContext,
  ) {
    return toRotationRequest(await this.requests.decline(requireActor(context), id, note));
  }

  @ResolveField(() => ID, { nullable: true, description: 'The rotation an approval created' })
  rotationId(
    @Parent() request: RotationRequest,
    @Context() context: RequestContext,
  ): Promise<string | null> {
    return requestLoader<string, string | null>(
      context,
      'rotation.byRequestId',
      () =>
        new DataLoader(async (ids) => {
          const rows: { id: string; requestId: string }[] = await this.dataSource.query(
            `SELECT id, request_id AS "requestId" FROM rotation WHERE request_id = ANY($1::uuid[])`,
            [ids],
          );
          const byRequest = new Map(rows.map((r) => [r.requestId, r.id]));
          return ids.map((id) => byRequest.get(id) ?? null);
        }),
    ).load(request.id);
  }
}
