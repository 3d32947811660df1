import { toCsv, type CsvColumn } from './toCsv';

interface Row {
  name: string;
  headcount: number;
  note?: string | null;
}

const columns: CsvColumn<Row>[] = [
  { header: 'Department', value: (r) => r.name },
  { header: 'Headcount', value: (r) => r.headcount },
];

describe('toCsv', () => {
  it('writes a header and one CRLF-terminated record per row, in column order', () => {
    expect(
      toCsv(
        [
          { name: 'Finance', headcount: 12 },
          { name: 'Legal', headcount: 3 },
        ],
        columns,
      ),
    ).toBe('Department,Headcount\r\nFinance,12\r\nLegal,3\r\n');
  });

  it('writes only the header when there are no rows', () => {
    expect(toCsv([], columns)).toBe('Department,Headcount\r\n');
  });

  it('quotes fields with commas, quotes and line breaks and doubles inner quotes', () => {
    const csv = toCsv(
      [
        { name: 'Sales, North', headcount: 1 },
        { name: 'The "Core" team', headcount: 2 },
        { name: 'Line\nbreak', headcount: 3 },
        { name: 'Carriage\r\nreturn', headcount: 4 },
      ],
      columns,
    );
    expect(csv).toBe(
      'Department,Headcount\r\n' +
        '"Sales, North",1\r\n' +
        '"The ""Core"" team",2\r\n' +
        '"Line\nbreak",3\r\n' +
        '"Carriage\r\nreturn",4\r\n',
    );
  });

  it('quotes a header that needs it', () => {
    expect(toCsv([], [{ header: 'Share, %', value: () => 1 }])).toBe('"Share, %"\r\n');
  });

  it('leaves empty cells for null and undefined, and writes 0 and false', () => {
    const cols: CsvColumn<Row>[] = [
      { header: 'Note', value: (r) => r.note },
      { header: 'Headcount', value: (r) => r.headcount },
      { header: 'Flag', value: (r) => r.headcount > 0 },
    ];
    expect(
      toCsv(
        [
          { name: 'a', headcount: 0, note: null },
          { name: 'b', headcount: 1 },
        ],
        cols,
      ),
    ).toBe('Note,Headcount,Flag\r\n,0,false\r\n,1,true\r\n');
  });

  it('keeps text that starts like a formula from running in a spreadsheet, but not numbers', () => {
    const csv = toCsv(
      [
        { name: '=HYPERLINK("x")', headcount: -3 },
        { name: '@SUM(A1)', headcount: 0 },
      ],
      columns,
    );
    expect(csv).toBe('Department,Headcount\r\n"\'=HYPERLINK(""x"")",-3\r\n\'@SUM(A1),0\r\n');
  });

  it('keeps non-ASCII text as is', () => {
    expect(toCsv([{ name: 'Économie – Zürich', headcount: 5 }], columns)).toBe(
      'Department,Headcount\r\nÉconomie – Zürich,5\r\n',
    );
  });
});
