import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isIsoDate } from '@stint/domain';

/** A real calendar date written 'YYYY-MM-DD' (so 2025-02-30 is refused, not rolled over). */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isIsoDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} must be a real date written YYYY-MM-DD`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isIsoDate(value),
      },
    });
  };
}

/** Skips validation only when the field is absent: an explicit null still reaches the checks. */
export const isPresent = (_object: object, value: unknown): boolean => value !== undefined;

/** Something other than whitespace. */
export const NOT_BLANK = /\S/;
