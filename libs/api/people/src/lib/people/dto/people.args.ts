import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CareerLevelEnum, IsIdList, IsIsoDate, PageArgs } from '@stint/api-core';
import { CAREER_LEVELS, type CareerLevel } from '@stint/domain';

@InputType()
export class PeopleFilter {
  @Field(() => String, { nullable: true, description: 'Part of a name, e-mail or employee number' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsIdList(500)
  departmentIds?: string[] | null;

  @Field(() => [CareerLevelEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(CAREER_LEVELS, { each: true })
  careerLevels?: CareerLevel[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only people who pass every person rule of the eligibility policy for a window of its minimum length starting on eligibleOn; false: only those who do not',
  })
  @IsOptional()
  @IsBoolean()
  eligible?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'The day eligibility is asked for (default today)',
  })
  @IsOptional()
  @IsIsoDate()
  eligibleOn?: string | null;
}

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => PeopleFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PeopleFilter)
  filter?: PeopleFilter | null;
}
