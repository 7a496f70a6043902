// Price schedule files made here in CSV (UTF-8 and GBK) and .xlsx read into exact entries in fen; every wrong
// cell is reported with its line and column and nothing is read; the .xlsx export reads back as it was written.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/shared/errors';
import type { PriceScheduleEntry } from '../../src/core/simulate/scenario';
import { writePriceScheduleXlsx, yuanText } from '../../src/documents/price-schedule-xlsx';
import {
  readPriceScheduleFile,
  type PriceFileResult,
} from '../../src/documents/read-price-schedule';

const header = ['项目编码', '医院等级', '新价格（元）', '执行日期', '截止日期', '医保类别'];
const goodRows = [
  ['110200001', '三级', '12.5', '2017-09-01', '', '甲'],
  ['110200001', '二级', '10', '2017/9/1', '2017.12.31', ''],
  ['120100002', '全部', '1,234.56', '2017年9月1日', '', '乙类'],
  ['310100003', '1', '￥0.80', '2017.9.1', '2018年1月1日', 'C'],
];
const expected: PriceScheduleEntry[] = [
  {
    itemCode: '110200001',
    level: 3,
    priceFen: 1250,
    effectiveFrom: '2017-09-01',
    insuranceClass: 'A',
  },
  {
    itemCode: '110200001',
    level: 2,
    priceFen: 1000,
    effectiveFrom: '2017-09-01',
    effectiveTo: '2017-12-31',
  },
  {
    itemCode: '120100002',
    level: 'all',
    priceFen: 123_456,
    effectiveFrom: '2017-09-01',
    insuranceClass: 'B',
  },
  {
    itemCode: '310100003',
    level: 1,
    priceFen: 80,
    effectiveFrom: '2017-09-01',
    effectiveTo: '2018-01-01',
    insuranceClass: 'C',
  },
];

const quote = (cell: string) => (/[,"\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
const csvOf = (lines: string[][]) => lines.map((line) => line.map(quote).join(',')).join('\r\n');
const utf8 = (text: string) => new TextEncoder().encode(text);

type Cell = string | number | Date | null;

async function xlsxOf(lines: Cell[][], title?: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('调价');
  if (title !== undefined) sheet.addRow([title]);
  for (const line of lines) sheet.addRow(line);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const day = (text: string) => new Date(`${text}T00:00:00Z`);

function errorsOf(result: PriceFileResult) {
  if (!('errors' in result)) throw new Error(`expected errors, got ${JSON.stringify(result)}`);
  return result.errors;
}

async function refusal(content: Uint8Array, fileName: string): Promise<UserError> {
  const error = await readPriceScheduleFile(content, fileName).catch((caught: unknown) => caught);
  if (!(error instanceof UserError)) throw new Error(`expected a UserError, got ${String(error)}`);
  return error;
}

describe('readPriceScheduleFile', () => {
  it('reads a UTF-8 CSV into entries in fen', async () => {
    const result = await readPriceScheduleFile(utf8(csvOf([header, ...goodRows])), '调价表.csv');
    expect(result).toEqual({ entries: expected });
  });

  it('reads a GBK CSV as Excel saves it, with English headers', async () => {
    const english = [
      'item_code',
      'level',
      'price_yuan',
      'effective_from',
      'effective_to',
      'insurance_class',
    ];
    const content = iconv.encode(csvOf([english, ...goodRows]), 'gbk');
    expect(await readPriceScheduleFile(content, '调价表.csv')).toEqual({ entries: expected });
  });

  it('reads an .xlsx with number and date cells under a title row', async () => {
    const content = await xlsxOf(
      [
        ['项目编码', '医院等级', '新价格(元)', '起始日期', '截止日期', '医保类别'],
        [110200001, 3, 12.5, day('2017-09-01'), null, '甲'],
        ['110200001', 2, 10, '2017/9/1', day('2017-12-31'), null],
        ['120100002', '全部', 1234.56, '2017年9月1日', null, '乙'],
        // a formula's result as Excel keeps it: the nearest double, shown as 0.8
        [310100003, '一级', 0.8000000000000002, '2017.9.1', '2018-01-01', 'c'],
      ],
      '重庆市医疗服务项目价格调整表（2017）',
    );
    expect(await readPriceScheduleFile(content, '调价表.xlsx')).toEqual({ entries: expected });
  });

  it('reports each kind of wrong cell with its line, column and the expected form', async () => {
    const rows = [
      ['', '三级', '12.50', '2017-09-01', '', ''],
      ['A1', '四级', '12.345', '2017-02-30', '', ''],
      ['A2', '三级', '-3', '2017-13-01', '', '丁'],
      ['A3', '三级', '十元', '9/1/2017', '', ''],
      ['A4', '三级', '', '', '2017-08-31', ''],
      ['A5', '三级', '5', '2017-09-01', '2017-08-31', ''],
      ['A6', '二级', '5', '2017-09-01', '', ''],
      ['A6', '2', '6', '2017/9/1', '', ''],
    ];
    const result = await readPriceScheduleFile(utf8(csvOf([header, ...rows])), '调价表.csv');
    const errors = errorsOf(result);
    expect(errors.map(({ line, column }) => `${line} ${column}`)).toEqual([
      '2 项目编码',
      '3 医院等级',
      '3 新价格（元）',
      '3 执行日期',
      '4 新价格（元）',
      '4 执行日期',
      '4 医保类别',
      '5 新价格（元）',
      '5 执行日期',
      '6 新价格（元）',
      '6 执行日期',
      '7 截止日期',
      '9 项目编码',
    ]);
    const message = (line: number, column: string) =>
      errors.find((e) => e.line === line && e.column === column)?.message ?? '';
    expect(message(2, '项目编码')).toBe('项目编码为空：每行都要写项目编码');
    expect(message(3, '医院等级')).toContain(
      '医院等级“四级”无法识别：应为 一级、二级、三级 或 全部',
    );
    expect(message(3, '新价格（元）')).toContain('新价格“12.345”无法识别：请写成元，最多两位小数');
    expect(message(3, '执行日期')).toContain(
      '“2017-02-30”不是真实的日期（2017 年 2 月没有 30 日）',
    );
    expect(message(3, '执行日期')).toContain('请写成 YYYY-MM-DD');
    expect(message(4, '新价格（元）')).toContain('是负数');
    expect(message(4, '执行日期')).toContain('没有 13 月');
    expect(message(4, '医保类别')).toContain('医保类别“丁”无法识别：应为 甲、乙、丙');
    expect(message(5, '执行日期')).toContain('执行日期“9/1/2017”不是日期');
    expect(message(6, '新价格（元）')).toContain('新价格为空');
    expect(message(6, '执行日期')).toContain('执行日期为空');
    expect(message(7, '截止日期')).toContain('截止日期 2017-08-31 早于执行日期 2017-09-01');
    expect(message(9, '项目编码')).toContain('与第 8 行重复');
  });

  it('reports wrong cells of an .xlsx at the rows Excel shows', async () => {
    const content = await xlsxOf(
      [
        header,
        ['A1', 3, 12.345, day('2017-09-01'), null, null],
        ['A2', 3, 1, 'tomorrow', null, null],
      ],
      '调价表',
    );
    const errors = errorsOf(await readPriceScheduleFile(content, '调价表.xlsx'));
    expect(errors.map(({ line, column }) => `${line} ${column}`)).toEqual([
      '3 新价格（元）',
      '4 执行日期',
    ]);
    expect(errors[0]?.message).toContain('“12.345”');
  });

  it('refuses a file missing a required column, naming the column and the file', async () => {
    const content = utf8(
      csvOf([
        ['项目编码', '价格', '执行日期'],
        ['A1', '1', '2017-09-01'],
      ]),
    );
    const error = await refusal(content, '调价表.csv');
    expect(error.status).toBe(400);
    expect(error.details.where).toBe('调价表.csv');
    expect(error.message).toContain('调价表.csv 缺少必需的列');
    expect(error.message).toContain('“医院等级”');
    expect(error.message).toContain('“新价格（元）”');
    expect(error.message).not.toContain('“执行日期”');
  });

  it('refuses an .xlsx without the item code column, and a file with no rows', async () => {
    const noCode = await xlsxOf([
      ['医院等级', '新价格（元）', '执行日期'],
      ['三级', 1, '2017-09-01'],
    ]);
    expect((await refusal(noCode, '价格.xlsx')).message).toContain('“项目编码”');
    expect((await refusal(utf8(header.join(',')), '空表.csv')).message).toContain(
      '空表.csv 中没有调价项目',
    );
  });

  it('reads its own .xlsx export back as the same entries', async () => {
    const entries: PriceScheduleEntry[] = [
      ...expected,
      {
        itemCode: '000123',
        level: 'all',
        priceFen: 5,
        effectiveFrom: '2017-09-01',
        assumption: '示例调价，仅用于演示；请导入本地调价表',
      },
    ];
    const exported = await writePriceScheduleXlsx(entries);
    expect(await readPriceScheduleFile(new Uint8Array(exported), '调价表.xlsx')).toEqual({
      entries,
    });
  });

  it('writes yuan from fen with integer arithmetic', () => {
    expect([0, 5, 80, 1250, 123_456, 9_007_199_254_740_991].map(yuanText)).toEqual([
      '0.00',
      '0.05',
      '0.80',
      '12.50',
      '1234.56',
      '90071992547409.91',
    ]);
  });

  it('reads back any valid schedule it writes', async () => {
    const isoDay = (days: number) => new Date(Date.UTC(2000, 0, 1) + days * 86_400_000);
    const entry: fc.Arbitrary<PriceScheduleEntry> = fc
      .record({
        itemCode: fc.stringMatching(/^[0-9A-Z][0-9A-Z.-]{0,11}$/),
        level: fc.constantFrom<PriceScheduleEntry['level']>(1, 2, 3, 'all'),
        priceFen: fc.integer({ min: 0, max: 100_000_000_00 }),
        from: fc.integer({ min: 0, max: 36_000 }),
        length: fc.option(fc.integer({ min: 0, max: 3_000 }), { nil: undefined }),
        insuranceClass: fc.option(fc.constantFrom<'A' | 'B' | 'C'>('A', 'B', 'C'), {
          nil: undefined,
        }),
        assumption: fc.option(fc.constantFrom('示例调价，仅用于演示', 'assumed price'), {
          nil: undefined,
        }),
      })
      .map(({ from, length, insuranceClass, assumption, ...rest }) => ({
        ...rest,
        effectiveFrom: isoDay(from).toISOString().slice(0, 10),
        ...(length === undefined
          ? {}
          : {
              effectiveTo: isoDay(from + length)
                .toISOString()
                .slice(0, 10),
            }),
        ...(insuranceClass === undefined ? {} : { insuranceClass }),
        ...(assumption === undefined ? {} : { assumption }),
      }));
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(entry, {
          minLength: 1,
          maxLength: 20,
          selector: (e) => `${e.itemCode}|${e.level}|${e.effectiveFrom}`,
        }),
        async (entries) => {
          const exported = await writePriceScheduleXlsx(entries);
          const result = await readPriceScheduleFile(new Uint8Array(exported), '调价表.xlsx');
          expect(result).toEqual({ entries });
        },
      ),
      { numRuns: 40 },
    );
  });
});
