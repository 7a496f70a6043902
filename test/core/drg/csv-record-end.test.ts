// Cutting a case file into pieces of whole records: any rows csv-stringify writes (quoted commas, quotes,
// line breaks, Chinese text), cut where lastRecordEnd says within windows of any size and read piece by
// piece, come back as the same rows on the same lines as the whole text read at once.
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { firstRecordEnd, lastRecordEnd } from '../../../src/core/drg/csv-record-end';
import { CsvRowSplitter } from '../../../src/core/drg/csv-rows';

type Row = { values: string[]; line: number };

function readWhole(text: string): Row[] {
  const rows: Row[] = [];
  const splitter = new CsvRowSplitter('病案.csv');
  const onRow = (values: string[], line: number) => rows.push({ values, line });
  splitter.push(text, onRow);
  splitter.end(onRow);
  return rows;
}

/** Cuts the bytes as the case-file reader does: the last record end within each window, else further. */
function readInPieces(bytes: Uint8Array, window: number): { rows: Row[]; pieces: number } {
  const rows: Row[] = [];
  const onRow = (values: string[], line: number) => rows.push({ values, line });
  let linesBefore = 0;
  let pieces = 0;
  let rest = bytes;
  while (rest.length > 0) {
    let end = lastRecordEnd(rest.subarray(0, window));
    if (end === 0) end = lastRecordEnd(rest);
    if (end === 0) end = rest.length;
    const splitter = new CsvRowSplitter('病案.csv', { linesBefore, atFileStart: pieces === 0 });
    splitter.push(Buffer.from(rest.subarray(0, end)).toString('utf8'), onRow);
    splitter.end(onRow);
    linesBefore = splitter.lineCount;
    rest = rest.subarray(end);
    pieces += 1;
  }
  return { rows, pieces };
}

const field = fc.oneof(
  fc.constantFrom('', 'K22.301|E11.900', '男', '"', ',', '\n', '\r\n', 'a"b', '消化内科, 二病区'),
  fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\n', '甲', ' ', '|', '\r') }),
);

describe('lastRecordEnd', () => {
  it('cuts only between records, so pieces read back as the whole file', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 200 }),
        fc.boolean(),
        fc.boolean(),
        (rows, window, crlf, finalBreak) => {
          let text = stringify(rows, {
            record_delimiter: crlf ? '\r\n' : '\n',
            quoted_match: /[\r\n]/,
          });
          if (!finalBreak) text = text.replace(/\r?\n$/, '');
          const bytes = new TextEncoder().encode(text);
          expect(readInPieces(bytes, window).rows).toEqual(readWhole(text));
        },
      ),
      { numRuns: 600 },
    );
  });

  it('does not cut inside a quoted field that holds line breaks', () => {
    const bytes = new TextEncoder().encode('1,"a\nb\nc"\n2,"d\ne');
    expect(lastRecordEnd(bytes)).toBe(10);
    expect(lastRecordEnd(bytes.subarray(0, 8))).toBe(0);
    expect(firstRecordEnd(bytes)).toBe(10);
    expect(firstRecordEnd(bytes, 10)).toBe(-1);
  });

  it('cuts a file of many records into several pieces', () => {
    const text = Array.from({ length: 200 }, (_, i) => `${i},"诊断\n${i}",K29.700\n`).join('');
    const { rows, pieces } = readInPieces(new TextEncoder().encode(text), 300);
    expect(pieces).toBeGreaterThan(10);
    expect(rows).toEqual(readWhole(text));
    expect(rows[199]).toEqual({ values: ['199', '诊断\n199', 'K29.700'], line: 399 });
  });
});
