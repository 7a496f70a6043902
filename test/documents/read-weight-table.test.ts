// Weight-table files made here in .xlsx, CSV (UTF-8 and GBK) and JSON read back into the same table; a wrong
// cell is reported with its line and column, and nothing is imported.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { WeightTable } from '../../src/core/drg/weights';
import { readWeightTableFile } from '../../src/documents/read-weight-table';
import { writeWeightTableXlsx } from '../../src/documents/weight-table-xlsx';

const settings = { pool: '巴南区', year: 2024, baseRateFen: 800_000 };

const expected: WeightTable = {
  pool: '巴南区',
  year: 2024,
  baseRateFen: 800_000,
  levelCoefficients: {},
  groups: [
    {
      drg: 'ES23',
      name: '呼吸系统感染/炎症，伴并发症',
      rw: '1.0523',
      caseByCase: false,
      meanCostFen: 1_234_567,
    },
    {
      drg: 'GZ13',
      name: '其他消化系统诊断，伴并发症',
      rw: '0.85',
      caseByCase: false,
      levelCoefficients: { 2: '0.9', 3: '1.05' },
    },
    { drg: 'AA19', name: '心脏移植', rw: null, caseByCase: true },
  ],
};

const header = ['DRG编码', 'DRG名称', '权重', '单议病组', '次均费用(元)', '二级系数', '三级系数'];
const rows = [
  ['ES23', '呼吸系统感染/炎症，伴并发症', '1.0523', '否', '12345.67', '', ''],
  ['GZ13', '其他消化系统诊断，伴并发症', '0.85', '否', '', '0.9', '1.05'],
  ['AA19', '心脏移植', '', '是', '', '', ''],
];
const csv = [header, ...rows].map((row) => row.join(',')).join('\n');

async function xlsxOf(lines: string[][], title?: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('权重');
  if (title !== undefined) sheet.addRow([title]);
  for (const line of lines) {
    // numbers as numbers where they look like numbers, as Excel keeps them
    sheet.addRow(line.map((cell) => (/^\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell)));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readWeightTableFile', () => {
  it('reads a UTF-8 CSV', async () => {
    const result = await readWeightTableFile(new TextEncoder().encode(csv), '权重.csv', settings);
    expect(result.errors).toEqual([]);
    expect(result.table).toEqual({ ...expected, source: '权重.csv' });
  });

  it('reads a GBK CSV as Excel saves it', async () => {
    const result = await readWeightTableFile(iconv.encode(csv, 'gbk'), '权重.csv', settings);
    expect(result.table?.groups[0]?.name).toBe('呼吸系统感染/炎症，伴并发症');
  });

  it('reads an .xlsx with numbers in cells and a title row above the header', async () => {
    const content = await xlsxOf([header, ...rows], '巴南区 2024 年 DRG 权重表');
    const result = await readWeightTableFile(content, '权重.xlsx', settings);
    expect(result.errors).toEqual([]);
    expect(result.table).toEqual({ ...expected, source: '权重.xlsx' });
  });

  it('round-trips its own .xlsx export', async () => {
    const exported = await writeWeightTableXlsx(expected, '巴南区 2024 年 第 1 版', null);
    const result = await readWeightTableFile(new Uint8Array(exported), '导出.xlsx', settings);
    expect(result.errors).toEqual([]);
    expect(result.table?.groups).toEqual(expected.groups);
  });

  it('reads a JSON WeightTable object and a JSON array of rows', async () => {
    const object = new TextEncoder().encode(JSON.stringify({ ...expected, baseRateFen: 700_000 }));
    const fromObject = await readWeightTableFile(object, 'table.json', {});
    expect(fromObject.errors).toEqual([]);
    expect(fromObject.table).toEqual({ ...expected, baseRateFen: 700_000, source: 'table.json' });

    const array = rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
    const fromArray = await readWeightTableFile(
      new TextEncoder().encode(JSON.stringify(array)),
      'rows.json',
      settings,
    );
    expect(fromArray.table).toEqual({ ...expected, source: 'rows.json' });
    expect(fromArray.unit).toBe('项');
  });

  it('rejects the whole file and names the line and column of each bad cell', async () => {
    const bad = `${header.join(',')}\nES23,甲,1.0523,否,,,\n\nGZ13,乙,abc,否,,,\nGZ13,丙,1,否,,,2x\n`;
    const result = await readWeightTableFile(new TextEncoder().encode(bad), '坏表.csv', settings);
    expect(result.table).toBeNull();
    expect(result.errors).toEqual([
      { line: 4, column: '权重', message: expect.stringContaining('“abc”不是数字') },
      { line: 5, column: '三级系数', message: expect.stringContaining('“2x”不是数字') },
    ]);
  });

  it('names a missing setting and a missing column', async () => {
    const noPool = await readWeightTableFile(new TextEncoder().encode(csv), '权重.csv', {
      year: 2024,
      baseRateFen: 1,
    });
    expect(noPool.errors[0]?.message).toContain('缺少统筹区');
    const noRw = await readWeightTableFile(
      new TextEncoder().encode('DRG编码,名称\nES23,甲\n'),
      '权重.csv',
      settings,
    );
    expect(noRw.errors[0]?.message).toContain('缺少“权重”列');
  });

  it('refuses an old .xls file and broken JSON with the file name', async () => {
    await expect(readWeightTableFile(new Uint8Array([1]), '权重.xls', settings)).rejects.toThrow(
      '旧版 Excel',
    );
    await expect(
      readWeightTableFile(new TextEncoder().encode('{"groups": ['), 'w.json', settings),
    ).rejects.toThrow('不是有效的 JSON');
  });
});
