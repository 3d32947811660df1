import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsIsoDate } from '@stint/api-core';

@InputType()
export class ApproveRotationRequestInput {
  @Field(() => ID, { description: 'The seat to place the PM in; you must direct its PMO' })
  @IsUUID()
  seatId!: string;

  @Field()
  @IsIsoDate()
  startsOn!: string;

  @Field({ description: 'Inclusive; the day before a monthly anniversary of startsOn' })
  @IsIsoDate()
  endsOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Required to go beyond the home department’s away cap; kept in the audit trail',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  awayCapOverrideReason?: string | null;
}
