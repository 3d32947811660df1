import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { DevelopmentGoalEnum, IsIsoDate, PmoScopeEnum } from '@stint/api-core';
import {
  DEVELOPMENT_GOALS,
  MOTIVATION_MAX_LENGTH,
  PMO_SCOPES,
  type DevelopmentGoal,
  type PmoScope,
} from '@stint/domain';

@InputType()
export class SubmitRotationRequestInput {
  @Field(() => [DevelopmentGoalEnum], { description: '1 to 5 distinct goals' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsIn(DEVELOPMENT_GOALS, { each: true })
  goals!: DevelopmentGoal[];

  @Field(() => PmoScopeEnum, { nullable: true })
  @IsOptional()
  @IsIn(PMO_SCOPES)
  preferredScope?: PmoScope | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  preferredPmoId?: string | null;

  @Field({ description: 'YYYY-MM-DD, today or later' })
  @IsIsoDate()
  earliestStart!: string;

  @Field(() => Int, { description: 'Within the eligibility policy’s minimum and maximum' })
  @IsInt()
  durationMonths!: number;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(MOTIVATION_MAX_LENGTH * 2)
  motivation: string = '';
}
