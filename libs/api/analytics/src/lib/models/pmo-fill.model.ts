import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PmoScopeEnum } from '@stint/api-core';
import type { PmoScope } from '@stint/domain';

@ObjectType('PmoFillPoint')
export class PmoFillPoint {
  @Field()
  label!: string;

  @Field({ description: "The bucket's last day" })
  date!: string;

  @Field({ description: 'True when date > asOf: counts planned rotations' })
  forecast!: boolean;

  @Field(() => Int, { description: 'Seat-days open in the bucket, over all seats of the PMO' })
  daysOpen!: number;

  @Field(() => Int, { description: 'Seat-days held by a non-cancelled rotation in the bucket' })
  daysFilled!: number;

  @Field(() => Float, { description: 'daysFilled / daysOpen (0 when closed)' })
  fill!: number;
}

@ObjectType('PmoFill')
export class PmoFill {
  @Field(() => ID)
  pmoId!: string;

  @Field()
  name!: string;

  @Field(() => PmoScopeEnum)
  scope!: PmoScope;

  @Field(() => Int)
  seatCount!: number;

  @Field(() => [PmoFillPoint])
  points!: PmoFillPoint[];
}
