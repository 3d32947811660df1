import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  DevelopmentGoalEnum,
  IsIdList,
  IsIsoDate,
  PageArgs,
  RotationStatusEnum,
} from '@stint/api-core';
import {
  DEVELOPMENT_GOALS,
  ROTATION_STATUSES,
  type DevelopmentGoal,
  type RotationStatus,
} from '@stint/domain';

@InputType()
export class AssignRotationInput {
  @Field(() => ID)
  @IsUUID()
  personId!: string;

  @Field(() => ID, { description: 'A seat of a PMO you direct' })
  @IsUUID()
  seatId!: string;

  @Field()
  @IsIsoDate()
  startsOn!: string;

  @Field({ description: 'Inclusive; the day before a monthly anniversary of startsOn' })
  @IsIsoDate()
  endsOn!: string;

  @Field(() => [DevelopmentGoalEnum], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsIn(DEVELOPMENT_GOALS, { each: true })
  goals: DevelopmentGoal[] = [];

  @Field(() => String, {
    nullable: true,
    description: 'Required to go beyond the away cap; audited',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  awayCapOverrideReason?: string | null;
}

@ArgsType()
export class RotationIdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class EndEarlyArgs extends RotationIdArgs {
  @Field({ description: 'New inclusive last day, before the current one' })
  @IsIsoDate()
  endsOn!: string;
}

@ArgsType()
export class CancelArgs extends RotationIdArgs {
  @Field({ description: 'Why (required); kept in the audit trail' })
  @IsString()
  @MaxLength(2000)
  reason!: string;
}

@ArgsType()
export class OutcomeArgs extends RotationIdArgs {
  @Field(() => [DevelopmentGoalEnum])
  @IsArray()
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsIn(DEVELOPMENT_GOALS, { each: true })
  goalsAchieved!: DevelopmentGoal[];

  @Field()
  @IsString()
  @MaxLength(2000)
  note!: string;
}

@InputType()
export class RotationsFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  personId?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsIdList(500)
  seatIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsIdList(500)
  pmoIds?: string[] | null;

  @Field(() => [RotationStatusEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(ROTATION_STATUSES, { each: true })
  statuses?: RotationStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Only completed, non-cancelled rotations with no recorded outcome, earliest end first',
  })
  @IsOptional()
  @IsBoolean()
  outcomeDue?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only rotations in seats of PMOs the signed-in user is a listed director of',
  })
  @IsOptional()
  @IsBoolean()
  directedByMe?: boolean | null;
}

@ArgsType()
export class RotationsArgs extends PageArgs {
  @Field(() => RotationsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RotationsFilter)
  filter?: RotationsFilter | null;
}
