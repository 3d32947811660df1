import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import {
  IsIsoDate,
  isPresent,
  NOT_BLANK,
  SeatRoleEnum,
  VersionedUpdateInput,
} from '@stint/api-core';
import { SEAT_ROLES, type SeatRole } from '@stint/domain';
import { SEAT_TITLE_MAX } from './seat-fields';

/** Absent fields stay as they are; `closesOn: null` makes the seat open-ended. */
@InputType()
export class UpdateSeatInput extends VersionedUpdateInput {
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
