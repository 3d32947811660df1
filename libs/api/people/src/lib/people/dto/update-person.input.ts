import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsDefined,
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
import { CareerLevelEnum, IsIsoDate, NOT_BLANK } from '@stint/api-core';
import { CAREER_LEVELS, type CareerLevel } from '@stint/domain';
import { EMAIL_MAX, EMAIL_PATTERN, EMPLOYEE_NUMBER_MAX, FULL_NAME_MAX } from '../../shared/rules';

const given = (_: object, value: unknown) => value !== undefined;

/** Changes to one person; omitted fields stay as they are, `leftOn: null` marks them employed. */
@InputType()
export class UpdatePersonInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field(() => Int, {
    description: 'The version you read; a newer one in the database → CONFLICT STALE',
  })
  @IsInt()
  @Min(1)
  version!: number;

  @Field({ nullable: true })
  @ValidateIf(given)
  @IsDefined({ message: 'employeeNumber cannot be null' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'employeeNumber must not be blank' })
  @MaxLength(EMPLOYEE_NUMBER_MAX)
  employeeNumber?: string;

  @Field({ nullable: true })
  @ValidateIf(given)
  @IsDefined({ message: 'fullName cannot be null' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'fullName must not be blank' })
  @MaxLength(FULL_NAME_MAX)
  fullName?: string;

  @Field({ nullable: true })
  @ValidateIf(given)
  @IsDefined({ message: 'email cannot be null' })
  @IsString()
  @MaxLength(EMAIL_MAX)
  @Matches(EMAIL_PATTERN, { message: 'email must be an e-mail address' })
  email?: string;

  @Field(() => ID, { nullable: true })
  @ValidateIf(given)
  @IsDefined({ message: 'departmentId cannot be null' })
  @IsUUID('all')
  departmentId?: string;

  @Field(() => CareerLevelEnum, { nullable: true })
  @ValidateIf(given)
  @IsDefined({ message: 'careerLevel cannot be null' })
  @IsIn(CAREER_LEVELS)
  careerLevel?: CareerLevel;

  @Field({ nullable: true })
  @ValidateIf(given)
  @IsDefined({ message: 'pmSince cannot be null' })
  @IsIsoDate()
  pmSince?: string;

  @Field({ nullable: true })
  @ValidateIf(given)
  @IsDefined({ message: 'hiredOn cannot be null' })
  @IsIsoDate()
  hiredOn?: string;

  @Field(() => String, { nullable: true, description: 'null = still employed' })
  @IsOptional()
  @IsIsoDate()
  leftOn?: string | null;

  @Field(() => Boolean, { nullable: true })
  @ValidateIf(given)
  @IsDefined({ message: 'onLeave cannot be null' })
  @IsBoolean()
  onLeave?: boolean;
}
