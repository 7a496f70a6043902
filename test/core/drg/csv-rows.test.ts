// The case-file CSV splitter against csv-stringify: any rows written as CSV (commas, quotes, line breaks,
// Chinese text inside fields) and cut into chunks anywhere come back as the same rows, with their lines.
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { CsvRowSplitter } from '../../../src/core/drg/csv-rows';
import { UserError } from '../../../src/core/shared/errors';

function split(text: string, cuts: readonly number[] = []) {
  const rows: Array<{ values: string[]; line: number }> = [];
  const splitter = new CsvRowSplitter('病案.csv');
  const onRow = (values: string[], line: number) => rows.push({ values, line });
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const at = Math.min(text.length, cut);
    splitter.push(text.slice(from, at), onRow);
    from = Math.max(from, at);
  }
  splitter.push(text.slice(from), onRow);
  splitter.end(onRow);
  return rows;
}

const field = fc.oneof(
  fc.constantFrom('', 'K22.301|E11.900', '男', '"', ',', '\n', '\r\n', 'a"b', '消化内科, 二病区'),
  fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\n', '甲', ' ', '|', '\r') }),
);

describe('CsvRowSplitter', () => {
  it('reads back any rows csv-stringify writes, however the text is cut', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.nat({ max: 2000 }), { maxLength: 8 }),
        fc.boolean(),
        fc.boolean(),
        (rows, cuts, crlf, finalBreak) => {
          let text = stringify(rows, {
            record_delimiter: crlf ? '\r\n' : '\n',
            // A line break inside a field is quoted whichever the record delimiter.
            quoted_match: /[\r\n]/,
          });
          if (!finalBreak) text = text.replace(/\r?\n$/, '');
          // A row of one empty field is an empty line, which case files skip.
          const expected = rows.filter((row) => !(row.length === 1 && row[0] === ''));
          expect(split(text, cuts).map((row) => row.values)).toEqual(expected);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('numbers rows by the line they start on, skipping empty lines and a BOM', () => {
    const text = '\ufeffIndex,ICD10_DRGS\r\n1,K22.301\n\n2,"K22.301|\nE11.900"\n3,"a ""b"""\n';
    expect(split(text)).toEqual([
      { values: ['Index', 'ICD10_DRGS'], line: 1 },
      { values: ['1', 'K22.301'], line: 2 },
      { values: ['2', 'K22.301|\nE11.900'], line: 4 },
      { values: ['3', 'a "b"'], line: 6 },
    ]);
  });

  it('waits for the next chunk when one ends between a closing quote and its CR LF', () => {
    const text = 'a,"b\nx"\r\nc,d\r\n';
    for (let cut = 0; cut <= text.length; cut++)
      expect(split(text, [cut]).map((row) => row.values)).toEqual([
        ['a', 'b\nx'],
        ['c', 'd'],
      ]);
  });

  it('names the line of a quote left open or misplaced', () => {
    const failure = (text: string) => {
      try {
        split(text);
      } catch (error) {
        if (error instanceof UserError) return { message: error.message, ...error.details };
        throw error;
      }
      return null;
    };
    expect(failure('a,b\n1,"open\n2,3\n')).toMatchObject({ where: '病案.csv', line: 2 });
    expect(failure('a,b\n1,"open\n2,3\n')?.message).toContain('引号没有闭合');
    expect(failure('a,b\n1,x"y"\n')).toMatchObject({ line: 2 });
    expect(failure('a,b\n1,"x"y\n')?.message).toContain('引号后紧跟着其他字符');
  });
});
