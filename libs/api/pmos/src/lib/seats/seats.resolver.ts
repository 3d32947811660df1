import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainError, requireActor, Roles, type RequestContext } from '@stint/api-core';
import { Pmo, toPmo } from '../pmos/pmo.model';
import { pmoLoader } from '../pmos/pmos.loader';
import { PmosService } from '../pmos/pmos.service';
import { CreateSeatInput } from './dto/create-seat.input';
import { SeatArgs, SeatsArgs } from './dto/seats.args';
import { UpdateSeatInput } from './dto/update-seat.input';
import { Seat, SeatConnection, toSeat } from './seat.model';
import { SeatsService } from './seats.service';

@Resolver(() => Seat)
export class SeatsResolver {
  constructor(
    private readonly seatService: SeatsService,
    private readonly pmoService: PmosService,
  ) {}

  @Query(() => SeatConnection, { description: 'Seats by PMO name then title, a page at a time' })
  seats(@Args() args: SeatsArgs, @Context() context: RequestContext): Promise<SeatConnection> {
    return this.seatService.page(requireActor(context), args.filter, args.first, args.after);
  }

  @Query(() => Seat, { description: 'One seat; NOT_FOUND for an unknown id' })
  async seat(@Args() args: SeatArgs): Promise<Seat> {
    const seat = await this.seatService.findById(args.id);
    if (!seat) throw DomainError.notFound('Seat');
    return toSeat(seat);
  }

  @Roles('DIRECTOR')
  @Mutation(() => Seat, { description: "The PMO's directors or an admin" })
  async createSeat(
    @Args('input') input: CreateSeatInput,
    @Context() context: RequestContext,
  ): Promise<Seat> {
    return toSeat(await this.seatService.create(requireActor(context), input));
  }

  @Roles('DIRECTOR')
  @Mutation(() => Seat, { description: "The PMO's directors or an admin" })
  async updateSeat(
    @Args('input') input: UpdateSeatInput,
    @Context() context: RequestContext,
  ): Promise<Seat> {
    return toSeat(await this.seatService.update(requireActor(context), input));
  }

  @ResolveField(() => Pmo)
  async pmo(@Parent() seat: Seat, @Context() context: RequestContext): Promise<Pmo> {
    const pmo = await pmoLoader(context, this.pmoService).load(seat.pmoId);
    if (!pmo) throw DomainError.notFound('PMO');
    return toPmo(pmo);
  }
}
