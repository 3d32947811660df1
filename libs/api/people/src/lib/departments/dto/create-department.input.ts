import { Field, Float, ID, InputType } from '@nestjs/graphql';
import {
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { DEPARTMENT_CODE_PATTERN, DEPARTMENT_NAME_MAX } from '../../shared/rules';
import { NOT_BLANK } from '@stint/api-core';

const CODE_MESSAGE = 'code must be 1–16 of A–Z, 0–9, _ or -, starting with a letter or digit';

@InputType()
export class CreateDepartmentInput {
  @Field({ description: 'Unique short code: 1–16 of A–Z, 0–9, _ and -, e.g. FIN' })
  @IsString()
  @Matches(DEPARTMENT_CODE_PATTERN, { message: CODE_MESSAGE })
  code!: string;

  @Field({ description: `Up to ${DEPARTMENT_NAME_MAX} characters` })
  @IsString()
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(DEPARTMENT_NAME_MAX)
  name!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  parentId?: string | null;

  @Field(() => Float, { nullable: true, description: '0–1; default 0.30' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  coverageTarget?: number | null;

  @Field(() => Float, { nullable: true, description: '0–1; default 0.20' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  awayCap?: number | null;
}

export { CODE_MESSAGE };
