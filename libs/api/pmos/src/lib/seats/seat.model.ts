import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo, SeatRoleEnum } from '@stint/api-core';
import type { SeatEntity } from '@stint/api-data';
import type { SeatRole } from '@stint/domain';

/** `pmo` is resolved through a loader in SeatsResolver. */
@ObjectType('Seat', { description: 'A position in a PMO that one person holds at a time' })
export class Seat {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  pmoId!: string;

  @Field(() => SeatRoleEnum)
  role!: SeatRole;

  @Field()
  title!: string;

  @Field({ description: 'First day of the open window (YYYY-MM-DD)' })
  opensOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Last day of the open window (inclusive); null = open-ended',
  })
  closesOn!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('SeatEdge')
export class SeatEdge {
  @Field()
  cursor!: string;

  @Field(() => Seat)
  node!: Seat;
}

@ObjectType('SeatConnection')
export class SeatConnection {
  @Field(() => [SeatEdge])
  edges!: SeatEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

export function toSeat(entity: SeatEntity): Seat {
  return {
    id: entity.id,
    pmoId: entity.pmoId,
    role: entity.role,
    title: entity.title,
    opensOn: entity.opensOn,
    closesOn: entity.closesOn,
    version: entity.version,
  };
}
