import { Field, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CareerLevelEnum } from '@stint/api-core';
import { CAREER_LEVELS, type CareerLevel } from '@stint/domain';

// Ten years: far beyond any sensible policy, low enough to keep date arithmetic sane.
const MONTHS_MAX = 120;

/**
 * The full rule set of the new version. Types and bounds are checked here; the rules'
 * consistency (min ≤ max duration, at least one level…) by the domain's parsePolicyRules.
 */
@InputType()
export class UpdateEligibilityPolicyInput {
  @Field(() => Int, {
    description: 'The newest version you read; anything older is refused as STALE',
  })
  @IsInt()
  @Min(1)
  basedOnVersion!: number;

  @Field(() => [CareerLevelEnum])
  @IsArray()
  @ArrayMaxSize(CAREER_LEVELS.length)
  @IsIn(CAREER_LEVELS, { each: true })
  eligibleLevels!: CareerLevel[];

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MONTHS_MAX)
  minExperienceMonths!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MONTHS_MAX)
  cooldownMonths!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100)
  maxRotations!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MONTHS_MAX)
  minDurationMonths!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MONTHS_MAX)
  maxDurationMonths!: number;

  @Field(() => CareerLevelEnum)
  @IsIn(CAREER_LEVELS)
  managerSeatMinLevel!: CareerLevel;

  @Field(() => String, {
    nullable: true,
    description: 'Why the rules changed; up to 500 characters',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}
