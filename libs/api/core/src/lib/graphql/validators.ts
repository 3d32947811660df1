import { applyDecorators } from '@nestjs/common';
import {
  ArrayMaxSize,
  buildMessage,
  IsArray,
  IsUUID,
  ValidateBy,
  type ValidationOptions,
} from 'class-validator';
import { isIsoDate } from '@stint/domain';

/** At least one non-space character (use with @Matches). */
export const NOT_BLANK = /\S/;

/** For @ValidateIf: validate only when the field is present, so an explicit null still is. */
export const isPresent = (_object: object, value: unknown): boolean => value !== undefined;

/** A real calendar date written YYYY-MM-DD (2025-02-30 is refused, not rolled over). */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isIsoDate(value),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a real date written YYYY-MM-DD`,
          options,
        ),
      },
    },
    options,
  );
}

/** A list of record ids: an array of at most `max` UUIDs (nothing in Stint is unbounded). */
export function IsIdList(max: number): PropertyDecorator {
  return applyDecorators(IsArray(), ArrayMaxSize(max), IsUUID('all', { each: true }));
}
