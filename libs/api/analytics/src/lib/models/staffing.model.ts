import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CareerLevelEnum, SeatRoleEnum } from '@stint/api-core';
import type { CareerLevel, SeatRole } from '@stint/domain';

@ObjectType('HeadcountCell')
export class HeadcountCell {
  @Field(() => ID)
  departmentId!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => CareerLevelEnum)
  careerLevel!: CareerLevel;

  @Field(() => Int)
  headcount!: number;
}

@ObjectType('LevelParticipation')
export class LevelParticipation {
  @Field(() => CareerLevelEnum)
  careerLevel!: CareerLevel;

  @Field(() => Int)
  headcount!: number;

  @Field(() => Int)
  onRotation!: number;

  @Field(() => Int)
  alumni!: number;

  @Field(() => Float, { description: '(onRotation + alumni) / headcount' })
  participation!: number;
}

@ObjectType('UpcomingReturn')
export class UpcomingReturn {
  @Field(() => ID)
  rotationId!: string;

  @Field(() => ID)
  personId!: string;

  @Field()
  fullName!: string;

  @Field()
  departmentName!: string;

  @Field()
  pmoName!: string;

  @Field()
  seatTitle!: string;

  @Field()
  endsOn!: string;
}

@ObjectType('OpenSeat')
export class OpenSeat {
  @Field(() => ID)
  seatId!: string;

  @Field(() => ID)
  pmoId!: string;

  @Field()
  pmoName!: string;

  @Field()
  title!: string;

  @Field(() => SeatRoleEnum)
  role!: SeatRole;

  @Field()
  opensOn!: string;

  @Field(() => String, { nullable: true })
  closesOn!: string | null;
}

@ObjectType('Staffing')
export class Staffing {
  @Field()
  asOf!: string;

  @Field(() => [HeadcountCell], {
    description: 'Department × level, employed on asOf (non-empty cells)',
  })
  headcount!: HeadcountCell[];

  @Field(() => [LevelParticipation], { description: 'One per career level, in career order' })
  participation!: LevelParticipation[];

  @Field(() => [UpcomingReturn], {
    description: 'Rotations ending within 90 days after asOf, soonest first (cap 500)',
  })
  upcomingReturns!: UpcomingReturn[];

  @Field(() => [OpenSeat], { description: 'Seats open on asOf that nobody holds (cap 500)' })
  openSeats!: OpenSeat[];
}

@ObjectType('RequestFunnel', {
  description: 'Requests submitted in [from, to] (all time when not given), and how far they got',
})
export class RequestFunnel {
  @Field(() => Int, { description: 'Every request submitted in the period' })
  submitted!: number;

  @Field(() => Int)
  approved!: number;

  @Field(() => Int)
  declined!: number;

  @Field(() => Int)
  withdrawn!: number;

  @Field(() => Int, { description: 'Approved requests whose (non-cancelled) rotation has started' })
  placed!: number;

  @Field(() => Int, { description: 'Approved requests whose (non-cancelled) rotation has ended' })
  completed!: number;
}
