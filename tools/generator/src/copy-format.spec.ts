import { arrayLiteral, encodeCopyRow, encodeCopyValue } from './copy-format';

describe('COPY text encoding', () => {
  it('escapes the characters COPY gives meaning to', () => {
    expect(encodeCopyValue('a\tb\nc\\d\re')).toBe('a\\tb\\nc\\\\d\\re');
    expect(encodeCopyValue(null)).toBe('\\N');
    expect(encodeCopyValue('\\N')).toBe('\\\\N'); // the text "\N", not NULL
    expect(encodeCopyValue(true)).toBe('t');
    expect(encodeCopyValue(0.25)).toBe('0.25');
  });

  it('writes text arrays with every element quoted', () => {
    expect(arrayLiteral([])).toBe('{}');
    expect(arrayLiteral(['A', 'b,c', 'say "hi"'])).toBe('{"A","b,c","say \\"hi\\""}');
    expect(encodeCopyValue(['x\\y'])).toBe('{"x\\\\\\\\y"}');
  });

  it('ends each row with a newline and separates columns with tabs', () => {
    expect(encodeCopyRow(['a', null, 1])).toBe('a\t\\N\t1\n');
  });

  it('refuses numbers PostgreSQL cannot read', () => {
    expect(() => encodeCopyValue(Number.NaN)).toThrow(RangeError);
  });
});
