import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayUnique,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import {
  IsIdList,
  isPresent,
  NOT_BLANK,
  PmoScopeEnum,
  VersionedUpdateInput,
} from '@stint/api-core';
import { PMO_SCOPES, type PmoScope } from '@stint/domain';
import { DIRECTORS_MAX, PMO_NAME_MAX, PROGRAM_NAME_MAX } from './pmo-fields';

/**
 * Absent fields stay as they are. `departmentId` and `programName` may be set to null to clear
 * them; `name`, `scope` and `directorIds` may be omitted but not nulled.
 */
@InputType()
export class UpdatePmoInput extends VersionedUpdateInput {
  @Field(() => String, { nullable: true })
  @ValidateIf(isPresent)
  @IsString()
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(PMO_NAME_MAX)
  name?: string;

  @Field(() => PmoScopeEnum, {
    nullable: true,
    description:
      'Moving away from PROGRAM clears programName unless you also send one (which is refused)',
  })
  @ValidateIf(isPresent)
  @IsIn(PMO_SCOPES)
  scope?: PmoScope;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  departmentId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'programName must not be blank' })
  @MaxLength(PROGRAM_NAME_MAX)
  programName?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Replaces the directors: user ids with role DIRECTOR',
  })
  @ValidateIf(isPresent)
  @IsIdList(DIRECTORS_MAX)
  @ArrayUnique()
  directorIds?: string[];
}
