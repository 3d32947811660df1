import { fieldOfCoercionError } from './graphql-errors';

describe('fieldOfCoercionError', () => {
  it.each([
    [
      'Variable "$f" got invalid value "NOPE" at "f.careerLevels[0]"; Value "NOPE" does not exist in "CareerLevel" enum.',
      'careerLevels',
    ],
    ['Variable "$f" got invalid value "abc"; Int cannot represent non-integer value: "abc"', 'f'],
    [
      'Variable "$i" got invalid value { goals: [] }; Field "durationMonths" of required type "Int!" was not provided.',
      'durationMonths',
    ],
    [
      'Variable "$i" got invalid value { x: 1 } at "i.filter"; Field "search" of required type "String!" was not provided.',
      'filter.search',
    ],
    [
      'Variable "$i" got invalid value { bogus: 1 }; Field "bogus" is not defined by type "PeopleFilter".',
      'bogus',
    ],
  ])('names the field in %s', (message, field) => {
    expect(fieldOfCoercionError(message)).toBe(field);
  });
});
