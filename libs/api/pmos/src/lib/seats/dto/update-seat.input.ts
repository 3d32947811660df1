import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsIsoDate, isPresent, NOT_BLANK, SeatRoleEnum } from '@stint/api-core';
import { SEAT_ROLES, type SeatRole } from '@stint/domain';
import { SEAT_TITLE_MAX } from './seat-fields';

/** Absent fields stay as they are; `closesOn: null` makes the seat open-ended. */
@InputType()
export class UpdateSeatInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field(() => Int, {
    description: 'The version you edited; a newer one refuses the change (CONFLICT STALE)',
  })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true })
  @ValidateIf(isPresent)
  @IsString()
  @Matches(NOT_BLANK, { message: 'title must not be blank' })
  @MaxLength(SEAT_TITLE_MAX)
  title?: string;

  @Field(() => SeatRoleEnum, { nullable: true })
  @ValidateIf(isPresent)
  @IsIn(SEAT_ROLES)
  role?: SeatRole;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @ValidateIf(isPresent)
  @IsIsoDate()
  opensOn?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD or null (open-ended). A window that would leave a rotation outside it is refused (CONFLICT SEAT_WINDOW)',
  })
  @IsOptional()
  @IsIsoDate()
  closesOn?: string | null;
}
