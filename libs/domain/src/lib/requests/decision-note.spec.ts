import { validateDecisionNote } from './decision-note';

describe('validateDecisionNote', () => {
  it.each`
    case                  | note                    | valid
    ${'a short reason'}   | ${'No seat this year.'} | ${true}
    ${'empty'}            | ${''}                   | ${false}
    ${'only whitespace'}  | ${' \n\t '}             | ${false}
    ${'2,000 characters'} | ${'a'.repeat(2000)}     | ${true}
    ${'2,001 characters'} | ${'a'.repeat(2001)}     | ${false}
    ${'2,000 emoji'}      | ${'🙂'.repeat(2000)}    | ${true}
  `('$case valid: $valid', ({ note, valid }) => {
    expect(validateDecisionNote(note).map((p) => p.field)).toEqual(valid ? [] : ['note']);
  });

  it('asks for a reason when blank', () => {
    expect(validateDecisionNote('   ')).toEqual([
      { field: 'note', message: 'Write a note saying why.' },
    ]);
  });

  it('says how long a note is when too long', () => {
    expect(validateDecisionNote('a'.repeat(2500))).toEqual([
      { field: 'note', message: 'Must be at most 2,000 characters; this is 2,500.' },
    ]);
  });
});
