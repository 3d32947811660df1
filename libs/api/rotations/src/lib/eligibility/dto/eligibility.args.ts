import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsIsoDate } from '@stint/api-core';

@ArgsType()
export class EligibilityArgs {
  @Field(() => ID)
  @IsUUID()
  personId!: string;

  @Field({ description: 'First day of the window (YYYY-MM-DD)' })
  @IsIsoDate()
  startsOn!: string;

  @Field(() => Int, { description: 'Length of the window in whole months' })
  @IsInt()
  @Min(1)
  @Max(60)
  months!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'With a seat, SEAT_LEVEL and AWAY_CAP are checked too',
  })
  @IsOptional()
  @IsUUID()
  seatId?: string | null;
}
