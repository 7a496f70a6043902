// Bill files as hospitals export them, prepared for the reader: GBK CSV with Chinese headers, UTF-8 with BOM,
// .csv.gz, .xlsx with a title row and a notes sheet, Parquet under any name; broken text names its line; a zip
// bomb and a gzip bomb are refused.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDuckDB, withDuckDB } from '../../src/analytics/duckdb';
import { prepareBillFile } from '../../src/analytics/bills/intake';
import { UserError } from '../../src/core/shared/errors';
import { billTemplateTable } from '../../src/core/simulate/bill-template';
import { BILL_COLUMN_NAMES } from '../../src/core/simulate/bill-columns';
import { csvLine } from '../../src/documents/csv-field';
import { writeZip, xlsxParts, zerosEntry } from '../documents/zip-bombs';

const folder = mkdtempSync(path.join(tmpdir(), 'yigai-intake-'));
afterAll(() => closeDuckDB());

const chinese = billTemplateTable('chinese');
const english = billTemplateTable('english');
const csvOf = (table: { header: string[]; rows: string[][] }) =>
  [table.header, ...table.rows].map(csvLine).join('');
/** What the reader gets for the Chinese table: the same lines under the format's names. */
const renamedChinese = csvOf({ header: [...english.header], rows: chinese.rows }).replace(
  /unit_price_fen,amount_fen/,
  'unit_price,amount',
);

let count = 0;
function file(name: string, bytes: Uint8Array | string): string {
  const target = path.join(folder, `${++count}-${name}`);
  writeFileSync(target, bytes);
  return target;
}
const workDir = () => mkdtempSync(path.join(folder, 'work-'));

async function refusal(run: () => Promise<unknown>): Promise<UserError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('bill intake', () => {
  it('passes a UTF-8 CSV with the format names through unchanged', async () => {
    const input = file('bills.csv', csvOf(english));
    const prepared = await prepareBillFile(input, { workDir: workDir() });
    expect(prepared).toMatchObject({
      file: input,
      format: 'csv',
      encoding: 'utf-8',
      converted: false,
      headerForm: 'english',
      kinds: ['csv'],
    });
  });

  it('reads a GBK CSV with Chinese headers and yuan prices as UTF-8 under the format names', async () => {
    const input = file('医院导出.csv', iconv.encode(csvOf(chinese), 'gbk'));
    const work = workDir();
    const prepared = await prepareBillFile(input, { workDir: work, fileName: '医院导出.csv' });
    expect(prepared).toMatchObject({ encoding: 'gb18030', converted: true, headerForm: 'chinese' });
    expect(path.dirname(prepared.file)).toBe(work);
    expect(prepared.file).toMatch(/\.csv$/);
    const text = readFileSync(prepared.file, 'utf8');
    expect(text).toBe(renamedChinese);
    expect(text).toContain('腹腔镜下阑尾切除术,手术费,,甲类,1,1100.00,1100.00');
    await prepared.cleanup();
    expect(readdirSync(work)).toEqual([]);
    expect(readFileSync(input)).toEqual(iconv.encode(csvOf(chinese), 'gbk'));
  });

  it('drops a UTF-8 byte-order mark and keeps CRLF line ends', async () => {
    const crlf = csvOf(english).replaceAll('\n', '\r\n');
    const input = file(
      'excel.csv',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]),
    );
    const prepared = await prepareBillFile(input, { workDir: workDir() });
    expect(prepared).toMatchObject({ encoding: 'utf-8', converted: true, headerForm: 'english' });
    expect(readFileSync(prepared.file, 'utf8')).toBe(crlf);
  });

  it('unpacks a .csv.gz by content and then decodes it', async () => {
    const input = file('bills.csv.gz', gzipSync(iconv.encode(csvOf(chinese), 'gb18030')));
    const prepared = await prepareBillFile(input, { workDir: workDir() });
    expect(prepared).toMatchObject({
      kinds: ['gzip', 'csv'],
      encoding: 'gb18030',
      converted: true,
    });
    expect(readFileSync(prepared.file, 'utf8')).toBe(renamedChinese);
  });

  it('unpacks a gzip of a UTF-8 CSV into a .csv of the work folder', async () => {
    const input = file('bills.gz', gzipSync(csvOf(english)));
    const work = workDir();
    const prepared = await prepareBillFile(input, { workDir: work });
    expect(prepared).toMatchObject({ kinds: ['gzip', 'csv'], converted: true });
    expect(prepared.file).toMatch(/\.csv$/);
    expect(readFileSync(prepared.file, 'utf8')).toBe(csvOf(english));
    await prepared.cleanup();
    expect(readdirSync(work)).toEqual([]);
  });

  it('refuses a gzip that unpacks to more than a hundred times its size', async () => {
    const input = file('bomb.csv.gz', gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x41)));
    const work = workDir();
    const error = await refusal(() =>
      prepareBillFile(input, { workDir: work, fileName: 'bomb.csv.gz' }),
    );
    expect(error.status).toBe(413);
    expect(error.message).toContain('压缩文件解压后超过');
    expect(error.details.where).toBe('bomb.csv.gz');
    expect(readdirSync(work)).toEqual([]);
  });

  it('converts the bill sheet of an .xlsx, found by its header below a title, with dates and numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const notes = workbook.addWorksheet('说明');
    notes.addRow(['本表为示例']);
    const sheet = workbook.addWorksheet('费用明细');
    sheet.addRow(['2024 年 3 月费用明细']);
    sheet.addRow([]);
    sheet.addRow(chinese.header);
    for (const row of chinese.rows) {
      sheet.addRow(
        row.map((value, index) => {
          const header = chinese.header[index];
          if (header === '就诊日期' || header === '结算日期' || header === '费用发生日期')
            return new Date(`${value}T00:00:00Z`);
          if (header === '单价' || header === '金额' || header === '数量') return Number(value);
          return value;
        }),
      );
    }
    const input = file('明细.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    const prepared = await prepareBillFile(input, { workDir: workDir() });
    expect(prepared).toMatchObject({
      format: 'csv',
      kinds: ['xlsx'],
      converted: true,
      headerForm: 'chinese',
      sheet: { name: '费用明细', headerRow: 3 },
    });
    // Excel keeps 1100.00 as the number 1100: the yuan columns read the same amounts.
    const expected = renamedChinese.replaceAll(/(\d+)\.00\b/g, '$1');
    expect(readFileSync(prepared.file, 'utf8')).toBe(expected);
  });

  it('refuses an .xlsx zip bomb before reading it', async () => {
    const input = file('bomb.xlsx', writeZip(xlsxParts(zerosEntry('sheet', 150))));
    const error = await refusal(() => prepareBillFile(input, { workDir: workDir() }));
    expect(error.message).toMatch(/压缩比约为 \d+ 倍，超过 100 倍（上限）/);
  });

  it('catches an .xlsx entry that inflates past the size it declares', async () => {
    const lying = { ...zerosEntry('sheet', 8), uncompressedSize: 1024 };
    const input = file('lying.xlsx', writeZip(xlsxParts(lying)));
    const error = await refusal(() => prepareBillFile(input, { workDir: workDir() }));
    expect(error.message).toContain('解压后与声明的大小不符');
  });

  it('tells Parquet by its magic bytes, whatever the name', async () => {
    const input = path.join(folder, 'bills.dat');
    await withDuckDB((connection) =>
      connection.run(`COPY (SELECT 'E1' AS encounter_id) TO '${input}' (FORMAT parquet)`),
    );
    const prepared = await prepareBillFile(input, { workDir: workDir() });
    expect(prepared).toMatchObject({ format: 'parquet', converted: false, kinds: ['parquet'] });
    expect(prepared.file).toMatch(/\.parquet$/);
    expect(lstatSync(prepared.file).isSymbolicLink()).toBe(true);
  });

  it('names the line that is neither UTF-8 nor GBK', async () => {
    const lines = csvOf(english).split('\n');
    const broken = Buffer.concat([
      Buffer.from(`${lines.slice(0, 2).join('\n')}\n`),
      Buffer.from([0x4d, 0x5a, 0xff, 0xfe, 0x0a]),
      Buffer.from(lines.slice(2).join('\n')),
    ]);
    const input = file('broken.csv', broken);
    const error = await refusal(() =>
      prepareBillFile(input, { workDir: workDir(), fileName: '坏.csv' }),
    );
    expect(error.message).toContain('第 3 行无法按 UTF-8 读取，按 GBK（GB18030）也读不通');
    expect(error.details).toEqual({ where: '坏.csv', line: 3 });
  });

  it('names the GBK line mixed into a UTF-8 file', async () => {
    const lines = csvOf(chinese).split('\n');
    const mixed = Buffer.concat([
      Buffer.from(`${lines.slice(0, 3).join('\n')}\n`, 'utf8'),
      iconv.encode(`${lines[3]}\n`.replace('普通外科', '外科'), 'gbk'),
    ]);
    const error = await refusal(() =>
      prepareBillFile(file('mixed.csv', mixed), { workDir: workDir() }),
    );
    expect(error.message).toContain('第 4 行不是 UTF-8 编码');
    expect(error.details.line).toBe(4);
  });

  it('names the line of a quote that never closes, in the middle of a file or at its end', async () => {
    const rows = Array.from({ length: 40 }, (_, i) =>
      [...(english.rows[0] ?? [])].map((v, c) => (c === 0 ? `E${i}` : v)),
    );
    const lines = [english.header, ...rows].map(csvLine);
    lines[7] = (lines[7] ?? '').replace('普通门诊诊察费', '"普通门诊诊察费');
    const middle = await refusal(() =>
      prepareBillFile(file('quote.csv', lines.join('')), {
        workDir: workDir(),
        fileName: '引号.csv',
      }),
    );
    expect(middle.message).toBe(
      '第 8 行有未闭合的引号（"）：从这一行起的内容都被当成了一个字段。请检查这一行的引号是否成对；文字中的引号要写成两个（""）',
    );
    expect(middle.details).toEqual({ where: '引号.csv', line: 8 });
    const last = [english.header, ...rows.slice(0, 3)].map(csvLine);
    last[3] = (last[3] ?? '').replace('内科', '"内科');
    const end = await refusal(() =>
      prepareBillFile(file('end.csv', last.join('')), { workDir: workDir() }),
    );
    expect(end.details.line).toBe(4);
    // A quoted field with a comma, a doubled quote and a line break is well formed.
    const quoted = [english.header, ...rows.slice(0, 3)].map(csvLine);
    quoted[2] = (quoted[2] ?? '').replace(
      '普通门诊诊察费',
      '"普通门诊诊察费（含""复诊""，\n夜间）"',
    );
    const fine = await prepareBillFile(file('fine.csv', quoted.join('')), { workDir: workDir() });
    expect(fine.converted).toBe(false);
  });

  it('refuses two headers for one column, naming both', async () => {
    const header = [...english.header, '入院日期'];
    const input = file('twice.csv', csvOf({ header, rows: [] }));
    const error = await refusal(() => prepareBillFile(input, { workDir: workDir() }));
    expect(error.message).toContain('表头“start_date”和“入院日期”都是就诊日期（start_date）');
  });

  it('reads any Chinese text the same from GBK bytes as from UTF-8, across chunk borders', async () => {
    const han = fc.constantFrom(
      ...'医院门诊住院西药费床位费诊察费阑尾切除术乙类甲类重庆市巴南区人民',
    );
    const names = fc.array(fc.string({ unit: han, minLength: 1, maxLength: 12 }), {
      minLength: 1,
      maxLength: 5,
    });
    await fc.assert(
      fc.asyncProperty(names, fc.integer({ min: 1, max: 40_000 }), async (words, repeat) => {
        const rows = Array.from({ length: repeat }, (_, i) => [
          `E${i}`,
          words[i % words.length] ?? '',
        ]);
        const text = csvOf({ header: ['就诊流水号', '项目名称'], rows });
        const input = file('gbk.csv', iconv.encode(text, 'gbk'));
        const prepared = await prepareBillFile(input, { workDir: workDir() });
        const out = readFileSync(prepared.file, 'utf8');
        expect(out).toBe(text.replace('就诊流水号,项目名称', 'encounter_id,item_name'));
        await prepared.cleanup();
      }),
      { numRuns: 12 },
    );
  });

  it('keeps the format names in the column order a template writes', () => {
    expect(english.header).toEqual(BILL_COLUMN_NAMES);
  });
});
