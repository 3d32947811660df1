import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayUnique,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { IsIdList, NOT_BLANK, PmoScopeEnum } from '@stint/api-core';
import { PMO_SCOPES, type PmoScope } from '@stint/domain';
import { DIRECTORS_MAX, PMO_NAME_MAX, PROGRAM_NAME_MAX } from './pmo-fields';

@InputType()
export class CreatePmoInput {
  @Field({ description: `Unique; up to ${PMO_NAME_MAX} characters` })
  @IsString()
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(PMO_NAME_MAX)
  name!: string;

  @Field(() => PmoScopeEnum)
  @IsIn(PMO_SCOPES)
  scope!: PmoScope;

  @Field(() => ID, { nullable: true, description: 'Required for DEPARTMENT and PROGRAM scope' })
  @IsOptional()
  @IsUUID('all')
  departmentId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Required for PROGRAM scope, and only allowed there',
  })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'programName must not be blank' })
  @MaxLength(PROGRAM_NAME_MAX)
  programName?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'User ids with role DIRECTOR. A director creating a PMO is always one of its directors.',
  })
  @IsOptional()
  @IsIdList(DIRECTORS_MAX)
  @ArrayUnique()
  directorIds?: string[] | null;
}
