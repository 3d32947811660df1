import { Field, ID, InputType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import {
  CareerLevelEnum,
  IsIsoDate,
  isPresent,
  NOT_BLANK,
  VersionedUpdateInput,
} from '@stint/api-core';
import { CAREER_LEVELS, type CareerLevel } from '@stint/domain';
import { EMAIL_MAX, EMAIL_PATTERN, EMPLOYEE_NUMBER_MAX, FULL_NAME_MAX } from '../../shared/rules';

/**
 * Changes to one person; omitted fields stay as they are, `leftOn: null` marks them employed.
 * Department, career level and leave are effective-dated: `effectiveOn` says from when.
 */
@InputType()
export class UpdatePersonInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @ValidateIf(isPresent)
  @IsDefined({ message: 'employeeNumber cannot be null' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'employeeNumber must not be blank' })
  @MaxLength(EMPLOYEE_NUMBER_MAX)
  employeeNumber?: string;

  @Field({ nullable: true })
  @ValidateIf(isPresent)
  @IsDefined({ message: 'fullName cannot be null' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'fullName must not be blank' })
  @MaxLength(FULL_NAME_MAX)
  fullName?: string;

  @Field({ nullable: true })
  @ValidateIf(isPresent)
  @IsDefined({ message: 'email cannot be null' })
  @IsString()
  @MaxLength(EMAIL_MAX)
  @Matches(EMAIL_PATTERN, { message: 'email must be an e-mail address' })
  email?: string;

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

  @Field({ nullable: true })
  @ValidateIf(isPresent)
  @IsDefined({ message: 'pmSince cannot be null' })
  @IsIsoDate()
  pmSince?: string;

  @Field({ nullable: true })
  @ValidateIf(isPresent)
  @IsDefined({ message: 'hiredOn cannot be null' })
  @IsIsoDate()
  hiredOn?: string;

  @Field(() => String, { nullable: true, description: 'null = still employed' })
  @IsOptional()
  @IsIsoDate()
  leftOn?: string | null;

  @Field(() => Boolean, { nullable: true })
  @ValidateIf(isPresent)
  @IsDefined({ message: 'onLeave cannot be null' })
  @IsBoolean()
  onLeave?: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'The day a change of departmentId, careerLevel or onLeave takes effect (YYYY-MM-DD; default today). ' +
      'Earlier days backdate it: from that day on the new values replace what history held. ' +
      'Never before hiredOn, never in the future (BAD_USER_INPUT naming effectiveOn).',
  })
  @IsOptional()
  @IsIsoDate()
  effectiveOn?: string | null;
}
