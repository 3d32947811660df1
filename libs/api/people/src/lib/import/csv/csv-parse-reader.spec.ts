import { CsvSyntaxError } from './csv-reader';
import { CsvParseReader } from './csv-parse-reader';

const read = (text: string) => new CsvParseReader().read(text);

describe('CsvParseReader', () => {
  it('splits records and fields, with CRLF or LF, and gives each record its first line', () => {
    expect(read('a,b\r\n1,2\n3,4\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['3', '4'] },
    ]);
  });

  it('keeps commas, doubled quotes and newlines inside quoted fields, counting the lines they span', () => {
    expect(read('a,b\n"x, y","say ""hi""\nthere"\nlast,""\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"\nthere'] },
      { line: 4, fields: ['last', ''] },
    ]);
  });

  it('skips empty lines and a byte-order mark, and keeps empty trailing fields', () => {
    expect(read('\uFEFFa,b\n\n1,\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['1', ''] },
    ]);
    expect(read('a,')).toEqual([{ line: 1, fields: ['a', ''] }]);
  });

  it('refuses text that is not CSV, naming the line', () => {
    expect(() => read('a\n"open')).toThrow(
      new CsvSyntaxError(2, 'line 2: a quoted field is never closed'),
    );
    expect(() => read('a\n"x"y')).toThrow(CsvSyntaxError);
    expect(() => read('a\nx"y')).toThrow(/line 2: a quote inside an unquoted field/);
  });
});
