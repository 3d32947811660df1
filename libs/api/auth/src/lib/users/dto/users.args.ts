import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs, UserRoleEnum } from '@stint/api-core';
import { USER_ROLES, type UserRole } from '@stint/domain';

@InputType()
export class UsersFilter {
  @Field(() => UserRoleEnum, { nullable: true })
  @IsOptional()
  @IsIn(USER_ROLES)
  role?: UserRole | null;

  @Field(() => String, { nullable: true, description: 'Part of an e-mail address or display name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => UsersFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UsersFilter)
  filter?: UsersFilter | null;
}
