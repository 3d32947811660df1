import { Field, Float, ID, InputType } from '@nestjs/graphql';
import {
  IsDefined,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { DEPARTMENT_CODE_PATTERN, DEPARTMENT_NAME_MAX } from '../../shared/rules';
import { CODE_MESSAGE } from './create-department.input';
import { NOT_BLANK, VersionedUpdateInput } from '@stint/api-core';

/** Changes to one department; omitted fields stay as they are, `parentId: null` makes it top-level. */
@InputType()
export class UpdateDepartmentInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @ValidateIf((_, value) => value !== undefined)
  @IsDefined({ message: 'code cannot be null' })
  @IsString()
  @Matches(DEPARTMENT_CODE_PATTERN, { message: CODE_MESSAGE })
  code?: string;

  @Field({ nullable: true })
  @ValidateIf((_, value) => value !== undefined)
  @IsDefined({ message: 'name cannot be null' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(DEPARTMENT_NAME_MAX)
  name?: string;

  @Field(() => ID, { nullable: true, description: 'null makes it a top-level department' })
  @IsOptional()
  @IsUUID('all')
  parentId?: string | null;

  @Field(() => Float, { nullable: true })
  @ValidateIf((_, value) => value !== undefined)
  @IsDefined({ message: 'coverageTarget cannot be null' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  coverageTarget?: number;

  @Field(() => Float, { nullable: true })
  @ValidateIf((_, value) => value !== undefined)
  @IsDefined({ message: 'awayCap cannot be null' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  awayCap?: number;
}
