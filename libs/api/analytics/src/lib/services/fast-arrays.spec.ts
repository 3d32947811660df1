import { types } from 'pg';
import { intArray, textArray } from './fast-arrays';

type Oid = Parameters<typeof types.getTypeParser>[0];

describe('quick array parsing', () => {
  it.each(['{}', '{0}', '{1,2,3}', '{-5,0,31}', '{1,NULL,3}', '{2147483647,-2147483648}'])(
    'int[] %s parses as pg parses it',
    (value) => {
      expect(intArray(value)).toEqual(types.getTypeParser(1007 as Oid)(value));
    },
  );

  it.each([
    '{}',
    '{2026-01,2026-02}',
    '{2026-Q1}',
    '{2026-01-31,2026-02-28}',
    '{NULL,a}',
    '{a,null}',
    '{"a b",c}',
    '{"",x}',
    '{"a,b","c\\"d"}',
    '{NULLS,xNULL}',
  ])('text[] %s parses as pg parses it', (value) => {
    expect(textArray(value)).toEqual(types.getTypeParser(1009 as Oid)(value));
  });
});
