import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { DomainError, requireActor, Roles, type RequestContext } from '@stint/api-core';
import { CreateUserInput } from './dto/create-user.input';
import { UpdateUserInput } from './dto/update-user.input';
import { UsersArgs } from './dto/users.args';
import { toUser, User, UserConnection } from './user.model';
import { userLoader } from './users.loader';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly usersService: UsersService) {}

  @Roles('ADMIN')
  @Query(() => UserConnection, {
    description: 'Accounts by e-mail, a page at a time (admins only)',
  })
  async users(@Args() args: UsersArgs): Promise<UserConnection> {
    const page = await this.usersService.page(args.filter, args.first, args.after);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toUser(edge.node) })),
    };
  }

  @Roles('ADMIN')
  @Mutation(() => User, { description: 'Creates an account (admins only)' })
  async createUser(
    @Args('input') input: CreateUserInput,
    @Context() context: RequestContext,
  ): Promise<User> {
    return toUser(await this.usersService.create(requireActor(context), input));
  }

  @Roles('ADMIN')
  @Mutation(() => User, {
    description:
      'Changes an account (admins only); disabling it or setting its password ends its sessions',
  })
  async updateUser(
    @Args('input') input: UpdateUserInput,
    @Context() context: RequestContext,
  ): Promise<User> {
    return toUser(await this.usersService.update(requireActor(context), input));
  }

  // `me` is built from the session's actor, which carries neither field: load them then.
  @ResolveField(() => Boolean)
  async disabled(@Parent() user: User, @Context() context: RequestContext): Promise<boolean> {
    if (user.disabled !== undefined) return user.disabled;
    return (await this.load(user.id, context)).disabled;
  }

  @ResolveField(() => Int)
  async version(@Parent() user: User, @Context() context: RequestContext): Promise<number> {
    if (user.version !== undefined) return user.version;
    return (await this.load(user.id, context)).version;
  }

  private async load(id: string, context: RequestContext) {
    const account = await userLoader(context, this.usersService).load(id);
    if (!account) throw DomainError.notFound('User');
    return account;
  }
}
