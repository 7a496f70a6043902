// The simulation exports: the workbook opens and its totals equal the result's to the fen; the Word report
// holds the three conditions' verdicts and the three charts as SVG pictures.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { simulateBills } from '../../src/analytics/simulate-bulk';
import { preset } from '../../src/core/simulate/presets';
import { writeDemoBills } from '../../src/demo/bills/write-parquet';
import type { SimulationReportInput } from '../../src/documents/simulation-figures';
import { writeSimulationReportDocx } from '../../src/documents/simulation-report-docx';
import { writeSimulationXlsx } from '../../src/documents/simulation-xlsx';
import { listZipEntries, readZipEntry } from '../../src/documents/zip-entries';

let input: SimulationReportInput;

beforeAll(async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'yigai-report-')), 'bills.parquet');
  await writeDemoBills(file, { lines: 3000, seed: 11 });
  const { scenario } = preset('harbin-2017');
  input = {
    id: 7,
    scenarioName: scenario.name,
    scenarioVersion: 2,
    scenario,
    datasetName: '演示账单',
    hospitalNames: { BN01: '巴南区人民医院' },
    diseaseNames: { I10: '特发性（原发性）高血压' },
    createdAt: '2024-03-01T02:00:00.000Z',
    finishedAt: '2024-03-01T02:01:00.000Z',
    username: 'admin',
    result: await simulateBills({ bills: file, scenario }),
  };
});

/** A money cell in 元 back to fen. */
const fen = (value: ExcelJS.CellValue) => Math.round(Number(value) * 100);

function totalRow(sheet: ExcelJS.Worksheet): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === '合计') found = row;
  });
  if (!found) throw new Error(`${sheet.name} has no 合计 row`);
  return found;
}

function column(sheet: ExcelJS.Worksheet, header: string): number {
  let index = 0;
  sheet.getRow(1).eachCell((cell, number) => {
    if (cell.value === header) index = number;
  });
  if (index === 0) throw new Error(`${sheet.name} has no column ${header}`);
  return index;
}

describe('simulation workbook', () => {
  it('opens with the expected sheets and totals equal to the result', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await writeSimulationXlsx(input)).buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '总览',
      '医院',
      '病种',
      '险种',
      '级别',
      '自付变化分布',
      '数据问题',
    ]);
    const { result } = input;
    const hospitals = workbook.getWorksheet('医院') as ExcelJS.Worksheet;
    const total = totalRow(hospitals);
    expect(fen(total.getCell(column(hospitals, '财政补助')).value)).toBe(result.subsidy.totalFen);
    expect(fen(total.getCell(column(hospitals, '医疗收入（改革前）')).value)).toBe(
      result.total.before.costFen,
    );
    expect(fen(total.getCell(column(hospitals, '医疗收入（改革后）')).value)).toBe(
      result.total.after.costFen,
    );
    expect(hospitals.rowCount).toBe(result.hospitals.length + 2);
    expect(hospitals.getRow(2).getCell(2).value).toBe('巴南区人民医院');

    for (const name of ['病种', '险种', '级别']) {
      const sheet = workbook.getWorksheet(name) as ExcelJS.Worksheet;
      const row = totalRow(sheet);
      expect(row.getCell(column(sheet, '就诊次数')).value).toBe(result.encounters);
      expect(fen(row.getCell(column(sheet, '医保基金（改革前）')).value)).toBe(
        result.total.before.fundFen,
      );
      expect(fen(row.getCell(column(sheet, '个人负担（改革后）')).value)).toBe(
        result.total.after.outOfPocketFen,
      );
      // The groups add up to the total row, to the fen.
      let sum = 0;
      sheet.eachRow((r, n) => {
        if (n > 1 && r !== row) sum += fen(r.getCell(column(sheet, '总费用（改革后）')).value);
      });
      expect(sum).toBe(result.total.after.costFen);
    }

    const overview = workbook.getWorksheet('总览') as ExcelJS.Worksheet;
    const texts: string[] = [];
    overview.eachRow((row) => texts.push(row.values?.toString() ?? ''));
    const joined = texts.join('\n');
    for (const title of ['公立医院良性运行', '医保基金可承受', '群众整体负担不增加']) {
      expect(joined).toContain(title);
    }
    expect(joined).toMatch(/满足/);
  });
});

describe('测算分析报告', () => {
  it('is a Word file with the three conditions and the three charts as SVG with a PNG', async () => {
    const bytes = new Uint8Array(await writeSimulationReportDocx(input));
    const names = (listZipEntries(bytes) ?? []).map((entry) => entry.name);
    const svgs = names.filter((name) => /^word\/media\/.+\.svg$/.test(name));
    expect(svgs).toHaveLength(3);
    expect(names.some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
    const xml = new TextDecoder().decode(
      readZipEntry(bytes, 'word/document.xml') ?? new Uint8Array(),
    );
    const { conditions } = input.result;
    const verdict = (holds: boolean) => (holds ? '满足' : '不满足');
    expect(xml).toContain(`公立医院良性运行：${verdict(conditions.hospitalsRunSoundly.holds)}`);
    expect(xml).toContain(`医保基金可承受：${verdict(conditions.fundCanBear.holds)}`);
    expect(xml).toContain(`群众整体负担不增加：${verdict(conditions.burdenDoesNotRise.holds)}`);
    expect(xml).toContain('测算分析报告');
    expect(xml.match(/asvg:svgBlip/g)).toHaveLength(3);
    const texts = svgs.map((name) =>
      new TextDecoder().decode(readZipEntry(bytes, name) ?? new Uint8Array()),
    );
    for (const text of texts) expect(text).toMatch(/^<svg[\s\S]*<\/svg>$/);
    const all = texts.join('\n');
    for (const words of ['巴南区人民医院', '补偿瀑布图', '个人负担变化分布', '医保基金支付变化']) {
      expect(all).toContain(words);
    }
  });
});
