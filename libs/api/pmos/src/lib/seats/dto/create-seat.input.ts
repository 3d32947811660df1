import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsIsoDate, NOT_BLANK, SeatRoleEnum } from '@stint/api-core';
import { SEAT_ROLES, type SeatRole } from '@stint/domain';
import { SEAT_TITLE_MAX } from './seat-fields';

@InputType()
export class CreateSeatInput {
  @Field(() => ID)
  @IsUUID('all')
  pmoId!: string;

  @Field(() => SeatRoleEnum)
  @IsIn(SEAT_ROLES)
  role!: SeatRole;

  @Field({ description: `Up to ${SEAT_TITLE_MAX} characters` })
  @IsString()
  @Matches(NOT_BLANK, { message: 'title must not be blank' })
  @MaxLength(SEAT_TITLE_MAX)
  title!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate()
  opensOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD, on or after opensOn; null = open-ended',
  })
  @IsOptional()
  @IsIsoDate()
  closesOn?: string | null;
}
