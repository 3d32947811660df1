import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PageArgs, RequestStatusEnum } from '@stint/api-core';
import { REQUEST_STATUSES, type RequestStatus } from '@stint/domain';

@InputType()
export class RotationRequestsFilter {
  @Field(() => [RequestStatusEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(REQUEST_STATUSES, { each: true })
  statuses?: RequestStatus[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  personId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Requests preferring one of these PMOs' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  pmoIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Requests from people in these departments' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  departmentIds?: string[] | null;
}

@ArgsType()
export class RotationRequestsArgs extends PageArgs {
  @Field(() => RotationRequestsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RotationRequestsFilter)
  filter?: RotationRequestsFilter | null;
}
