import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { IsIdList, IsIsoDate } from '@stint/api-core';
import { GRANULARITIES, GranularityEnum, type Granularity } from '../models/coverage.model';

@InputType()
export class CoverageFilter {
  @Field({ description: 'First day of the period (YYYY-MM-DD)' })
  @IsIsoDate()
  from!: string;

  @Field({ description: 'Last day of the period (at most 15 years and 180 buckets after from)' })
  @IsIsoDate()
  to!: string;

  @Field(() => GranularityEnum, { defaultValue: 'QUARTER' })
  @IsIn(GRANULARITIES)
  granularity: Granularity = 'QUARTER';

  @Field(() => [ID], { nullable: true, description: 'null or empty: all departments' })
  @IsOptional()
  @IsIdList(1000)
  departmentIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      "'Today' for the actual/forecast split and the snapshot; default: the server's today",
  })
  @IsOptional()
  @IsIsoDate()
  asOf?: string | null;
}

@ArgsType()
export class CoverageArgs {
  @Field(() => CoverageFilter)
  @ValidateNested()
  @Type(() => CoverageFilter)
  filter!: CoverageFilter;
}

@InputType()
export class PmoFillFilter {
  @Field()
  @IsIsoDate()
  from!: string;

  @Field()
  @IsIsoDate()
  to!: string;

  @Field(() => GranularityEnum, { defaultValue: 'QUARTER' })
  @IsIn(GRANULARITIES)
  granularity: Granularity = 'QUARTER';

  @Field(() => [ID], { nullable: true, description: 'null or empty: all PMOs' })
  @IsOptional()
  @IsIdList(1000)
  pmoIds?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  asOf?: string | null;
}

@ArgsType()
export class PmoFillArgs {
  @Field(() => PmoFillFilter)
  @ValidateNested()
  @Type(() => PmoFillFilter)
  filter!: PmoFillFilter;
}

@ArgsType()
export class StaffingArgs {
  @Field(() => String, { nullable: true, description: "Default: the server's today" })
  @IsOptional()
  @IsIsoDate()
  asOf?: string | null;
}

@ArgsType()
export class RequestFunnelArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  from?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  to?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsIdList(1000)
  departmentIds?: string[] | null;
}

@ArgsType()
export class FairnessArgs {
  @Field()
  @IsIsoDate()
  from!: string;

  @Field()
  @IsIsoDate()
  to!: string;
}

@ArgsType()
export class CandidatesArgs {
  @Field(() => ID)
  @IsUUID()
  seatId!: string;

  @Field()
  @IsIsoDate()
  startsOn!: string;

  @Field(() => Int, { description: 'Window length, 1 to 60 months' })
  @IsInt()
  @Min(1)
  @Max(60)
  months!: number;

  @Field(() => Int, { defaultValue: 20, description: '1 to 100' })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 20;
}

@ArgsType()
export class RotationImpactArgs {
  @Field(() => ID)
  @IsUUID()
  personId!: string;

  @Field(() => ID)
  @IsUUID()
  seatId!: string;

  @Field()
  @IsIsoDate()
  startsOn!: string;

  @Field({ description: 'Inclusive last day; the window runs whole months' })
  @IsIsoDate()
  endsOn!: string;
}
