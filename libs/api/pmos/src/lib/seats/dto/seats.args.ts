import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { IsIdList, IsIsoDate, PageArgs } from '@stint/api-core';

@InputType()
export class SeatsFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsIdList(500)
  pmoIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only seats whose open window contains this date (YYYY-MM-DD)',
  })
  @IsOptional()
  @IsIsoDate()
  openOn?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only seats in PMOs the signed-in user is a listed director of',
  })
  @IsOptional()
  @IsBoolean()
  directedByMe?: boolean | null;
}

@ArgsType()
export class SeatsArgs extends PageArgs {
  @Field(() => SeatsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SeatsFilter)
  filter?: SeatsFilter | null;
}

@ArgsType()
export class SeatArgs {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;
}
