import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { CareerLevelEnum, IsIsoDate, isPresent } from '@stint/api-core';
import { CAREER_LEVELS, type CareerLevel } from '@stint/domain';

export const CORRECTION_REASON_MAX = 1000;

/**
 * A correction of what a person held over `[validFrom, validTo)`: the given attributes replace
 * what history recorded there; omitted ones, and every day outside the range, stay as they were.
 */
@InputType()
export class CorrectPersonHistoryInput {
  @Field(() => ID)
  @IsUUID('all')
  personId!: string;

  @Field({ description: 'First day corrected (YYYY-MM-DD); not before the hire, not after today' })
  @IsIsoDate()
  validFrom!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'First day no longer corrected; null = up to now, which also corrects the current values. Not after today.',
  })
  @IsOptional()
  @IsIsoDate()
  validTo?: string | null;

  @Field(() => ID, { nullable: true })
  @ValidateIf(isPresent)
  @IsDefined({ message: 'departmentId cannot be null' })
  @IsUUID('all')
  departmentId?: string;

  @Field(() => CareerLevelEnum, { nullable: true })
  @ValidateIf(isPresent)
  @IsDefined({ message: 'careerLevel cannot be null' })
  @IsIn(CAREER_LEVELS)
  careerLevel?: CareerLevel;

  @Field(() => Boolean, { nullable: true })
  @ValidateIf(isPresent)
  @IsDefined({ message: 'onLeave cannot be null' })
  @IsBoolean()
  onLeave?: boolean;

  @Field(() => String, { nullable: true, description: 'Why; kept in the audit trail' })
  @IsOptional()
  @IsString()
  @MaxLength(CORRECTION_REASON_MAX)
  reason?: string | null;

  @Field(() => Int, {
    description: "The person's version you read; a newer one refuses the change (CONFLICT STALE)",
  })
  @IsInt()
  @Min(1)
  version!: number;
}
