import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { CareerLevelEnum, IsIsoDate, PmoScopeEnum } from '@stint/api-core';
import { CAREER_LEVELS, PMO_SCOPES, type CareerLevel, type PmoScope } from '@stint/domain';

@InputType()
export class OutcomesFilter {
  @Field({ description: 'Rotations that ended on or after this day (YYYY-MM-DD)' })
  @IsIsoDate()
  from!: string;

  @Field({ description: '…and on or before this day (at most 15 years after from)' })
  @IsIsoDate()
  to!: string;

  @Field(() => PmoScopeEnum, { nullable: true, description: 'Scope of the PMO rotated in' })
  @IsOptional()
  @IsIn(PMO_SCOPES)
  scope?: PmoScope | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Department on the return date (not for PMs)',
  })
  @IsOptional()
  @IsUUID()
  departmentId?: string | null;

  @Field(() => CareerLevelEnum, {
    nullable: true,
    description: 'Level on the return date (not for PMs)',
  })
  @IsOptional()
  @IsIn(CAREER_LEVELS)
  careerLevel?: CareerLevel | null;

  @Field(() => String, {
    nullable: true,
    description: 'Nothing after this day is read; default: today',
  })
  @IsOptional()
  @IsIsoDate()
  asOf?: string | null;
}

@ArgsType()
export class OutcomesArgs {
  @Field(() => OutcomesFilter)
  @ValidateNested()
  @Type(() => OutcomesFilter)
  filter!: OutcomesFilter;
}
