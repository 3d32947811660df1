import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { IsIdList, PageArgs, RequestStatusEnum } from '@stint/api-core';
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
  @IsIdList(500)
  pmoIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Requests from people in these departments' })
  @IsOptional()
  @IsIdList(500)
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
