import type { ValueTransformer } from 'typeorm';

/** pg returns numeric as a string to keep precision; shares (0–1, 3 decimals) fit a number. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
