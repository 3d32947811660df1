import { Field, ID, InputType } from '@nestjs/graphql';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { UserRoleEnum } from '@stint/api-core';
import { USER_ROLES, type UserRole } from '@stint/domain';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 1024;

@InputType()
export class CreateUserInput {
  @Field({ description: 'Unique whatever its case' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(200)
  @Matches(/\S/, { message: 'displayName must not be blank' })
  displayName!: string;

  @Field(() => UserRoleEnum)
  @IsIn(USER_ROLES)
  role!: UserRole;

  @Field({ description: `${PASSWORD_MIN} to ${PASSWORD_MAX} characters` })
  @IsString()
  @MinLength(PASSWORD_MIN)
  @MaxLength(PASSWORD_MAX)
  password!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Required for PM accounts (their person record); only PMs have one',
  })
  @IsOptional()
  @IsUUID()
  personId?: string | null;
}
