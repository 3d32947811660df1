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
import { Seat, toSeat } from '../seats/seat.model';
import { openSeatCountLoader, seatsByPmoLoader } from '../seats/seats.loader';
import { SeatsService } from '../seats/seats.service';
import { CreatePmoInput } from './dto/create-pmo.input';
import { PmoArgs } from './dto/pmo.args';
import { UpdatePmoInput } from './dto/update-pmo.input';
import { Pmo, PmoDirector, toPmo } from './pmo.model';
import { directorsLoader, pmoDepartmentLoader } from './pmos.loader';
import { PMOS_MAX, PmosService } from './pmos.service';

@Resolver(() => Pmo)
export class PmosResolver {
  constructor(
    private readonly pmoService: PmosService,
    private readonly seatService: SeatsService,
  ) {}

  @Query(() => [Pmo], { description: `Every PMO, by name (at most ${PMOS_MAX})` })
  async pmos(): Promise<Pmo[]> {
    return (await this.pmoService.findAll()).map(toPmo);
  }

  @Query(() => Pmo, { nullable: true, description: 'One PMO; NOT_FOUND for an unknown id' })
  async pmo(@Args() args: PmoArgs): Promise<Pmo> {
    const pmo = await this.pmoService.findById(args.id);
    if (!pmo) throw DomainError.notFound('PMO');
    return toPmo(pmo);
  }

  @Roles('DIRECTOR')
  @Mutation(() => Pmo, {
    description: 'DIRECTOR or ADMIN; a director creating a PMO becomes one of its directors',
  })
  async createPmo(
    @Args('input') input: CreatePmoInput,
    @Context() context: RequestContext,
  ): Promise<Pmo> {
    return toPmo(await this.pmoService.create(requireActor(context), input));
  }

  @Roles('DIRECTOR')
  @Mutation(() => Pmo, { description: "The PMO's directors or an admin" })
  async updatePmo(
    @Args('input') input: UpdatePmoInput,
    @Context() context: RequestContext,
  ): Promise<Pmo> {
    return toPmo(await this.pmoService.update(requireActor(context), input));
  }

  @ResolveField(() => [PmoDirector])
  directors(@Parent() pmo: Pmo, @Context() context: RequestContext): Promise<PmoDirector[]> {
    return directorsLoader(context, this.pmoService).load(pmo.id);
  }

  @ResolveField(() => [Seat], { description: 'Every seat of the PMO, by opening date' })
  async seats(@Parent() pmo: Pmo, @Context() context: RequestContext): Promise<Seat[]> {
    return (await seatsByPmoLoader(context, this.seatService).load(pmo.id)).map(toSeat);
  }

  @ResolveField(() => Int, {
    description: 'Seats open today that no non-cancelled rotation holds today',
  })
  openSeatCount(@Parent() pmo: Pmo, @Context() context: RequestContext): Promise<number> {
    return openSeatCountLoader(context, this.seatService).load(pmo.id);
  }

  @ResolveField(() => String, { nullable: true })
  async departmentCode(
    @Parent() pmo: Pmo,
    @Context() context: RequestContext,
  ): Promise<string | null> {
    if (!pmo.departmentId) return null;
    return (
      (await pmoDepartmentLoader(context, this.pmoService).load(pmo.departmentId))?.code ?? null
    );
  }

  @ResolveField(() => String, { nullable: true })
  async departmentName(
    @Parent() pmo: Pmo,
    @Context() context: RequestContext,
  ): Promise<string | null> {
    if (!pmo.departmentId) return null;
    return (
      (await pmoDepartmentLoader(context, this.pmoService).load(pmo.departmentId))?.name ?? null
    );
  }
}
