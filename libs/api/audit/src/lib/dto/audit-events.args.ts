import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
  registerDecorator,
  type ValidationOptions,
} from 'class-validator';
import { PageArgs } from '@stint/api-core';
import { isIsoDate } from '@stint/domain';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A 'YYYY-MM-DD' date or an ISO-8601 timestamp with a zone. */
export function isDateOrTimestamp(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (isIsoDate(value)) return true;
  return TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
}

function IsDateOrTimestamp(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isDateOrTimestamp',
      target: target.constructor,
      propertyName,
      options: {
        message: `${propertyName} must be a date (YYYY-MM-DD) or an ISO timestamp with a zone`,
        ...options,
      },
      validator: { validate: isDateOrTimestamp },
    });
}

@InputType()
export class AuditEventsFilter {
  @Field(() => String, {
    nullable: true,
    description: 'e.g. user_account, person, eligibility_policy',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorUserId?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. USER_UPDATED' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'From this instant, or from the start of this date (UTC)',
  })
  @IsOptional()
  @IsDateOrTimestamp()
  from?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Up to and including this instant, or to the end of this date (UTC)',
  })
  @IsOptional()
  @IsDateOrTimestamp()
  to?: string | null;
}

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditEventsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEventsFilter)
  filter?: AuditEventsFilter | null;
}
