import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { CareerLevelEnum, IsIsoDate, NOT_BLANK } from '@stint/api-core';
import { CAREER_LEVELS, type CareerLevel } from '@stint/domain';
import { EMAIL_MAX, EMAIL_PATTERN, EMPLOYEE_NUMBER_MAX, FULL_NAME_MAX } from '../../shared/rules';

@InputType()
export class CreatePersonInput {
  @Field({ description: `Unique; up to ${EMPLOYEE_NUMBER_MAX} characters` })
  @IsString()
  @Matches(NOT_BLANK, { message: 'employeeNumber must not be blank' })
  @MaxLength(EMPLOYEE_NUMBER_MAX)
  employeeNumber!: string;

  @Field({ description: `Up to ${FULL_NAME_MAX} characters` })
  @IsString()
  @Matches(NOT_BLANK, { message: 'fullName must not be blank' })
  @MaxLength(FULL_NAME_MAX)
  fullName!: string;

  @Field({ description: `Unique whatever its case; up to ${EMAIL_MAX} characters` })
  @IsString()
  @MaxLength(EMAIL_MAX)
  @Matches(EMAIL_PATTERN, { message: 'email must be an e-mail address' })
  email!: string;

  @Field(() => ID)
  @IsUUID('all')
  departmentId!: string;

  @Field(() => CareerLevelEnum)
  @IsIn(CAREER_LEVELS)
  careerLevel!: CareerLevel;

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate()
  pmSince!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate()
  hiredOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD, on or after hiredOn; null while employed',
  })
  @IsOptional()
  @IsIsoDate()
  leftOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Default false' })
  @IsOptional()
  @IsBoolean()
  onLeave?: boolean | null;
}
