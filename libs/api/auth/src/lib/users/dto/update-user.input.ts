import { Field, ID, InputType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { UserRoleEnum, VersionedUpdateInput } from '@stint/api-core';
import { USER_ROLES, type UserRole } from '@stint/domain';
import { PASSWORD_MAX, PASSWORD_MIN } from './create-user.input';

/** Only the fields isPresent change. Disabling an account or setting its password ends its sessions. */
@InputType()
export class UpdateUserInput extends VersionedUpdateInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(/\S/, { message: 'displayName must not be blank' })
  displayName?: string | null;

  @Field(() => UserRoleEnum, { nullable: true, description: 'Leaving PM clears the person link' })
  @IsOptional()
  @IsIn(USER_ROLES)
  role?: UserRole | null;

  @Field(() => ID, {
    nullable: true,
    description: 'PM accounts only; omit to keep the current link',
  })
  @IsOptional()
  @IsUUID()
  personId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: `A new password, ${PASSWORD_MIN} to ${PASSWORD_MAX} characters`,
  })
  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN)
  @MaxLength(PASSWORD_MAX)
  password?: string | null;
}
