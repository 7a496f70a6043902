// A hospital's place in the case-mix ranking is its place among all hospitals of the run, also when the
// viewer (a hospital account) sees only its own row — in the API answer and in the .xlsx export alike.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { EMPTY_FIGURES } from '../../src/analytics/casemix-aggregate';
import {
  qualityWarningShare,
  rankHospitals,
  type CasemixSummary,
  type HospitalFigures,
} from '../../src/analytics/casemix-summary';
import { writeCasemixXlsx } from '../../src/documents/casemix-xlsx';

const hospital = (code: string, cmi: string | null, cases = 10, warnings = 0): HospitalFigures => ({
  code,
  name: `${code} 医院`,
  level: 2,
  figures: { ...EMPTY_FIGURES, cases, cmi: { ...EMPTY_FIGURES.cmi, value: cmi } },
  qualityWarnings: warnings,
});

const hospitals = [
  hospital('H1', '0.9000'),
  hospital('H2', '1.2000', 40, 4),
  hospital('H3', '1.0500'),
  hospital('H4', '1.0500'),
  hospital('H5', null),
];

describe('case-mix ranking', () => {
  it('ranks every hospital by CMI, highest first; equal CMI shares a place', () => {
    expect(rankHospitals(hospitals).map((row) => [row.code, row.rank])).toEqual([
      ['H2', 1],
      ['H3', 2],
      ['H4', 2],
      ['H1', 4],
      ['H5', 5],
    ]);
  });

  it('gives the data-quality share of a hospital’s cases', () => {
    expect(qualityWarningShare(hospitals[1] as HospitalFigures)).toBe(0.1);
    expect(qualityWarningShare({ figures: EMPTY_FIGURES })).toBeNull();
  });

  it('exports a hospital’s own workbook with its true place and its 数据质量提示', async () => {
    const summary = {
      schemeLabel: 'CHS-DRG 1.1',
      weights: { kind: 'yancheng-2023', label: '盐城 2023' },
      cases: 80,
      byStatus: {},
      hospitals,
      hospitalMonths: [],
      departments: [],
      drgs: [],
      qualityWarnings: 4,
    } as unknown as CasemixSummary;
    const buffer = await writeCasemixXlsx(summary, '测试', new Set(['H1']));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(buffer).buffer);
    const sheet = workbook.getWorksheet('CMI 排名');
    expect(sheet?.rowCount).toBe(2);
    expect(sheet?.getRow(2).getCell(1).value).toBe(4);
    expect(sheet?.getRow(2).getCell(2).value).toBe('H1');
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(-2)).toEqual(['数据质量提示病例', '数据质量提示占比']);

    const all = await writeCasemixXlsx(summary, '测试', null);
    const full = new ExcelJS.Workbook();
    await full.xlsx.load(new Uint8Array(all).buffer);
    const row = full.getWorksheet('CMI 排名')?.getRow(2);
    expect(row?.getCell(2).value).toBe('H2');
    expect(row?.getCell(header.length).value).toBe(0.1);
    expect(row?.getCell(header.length - 1).value).toBe(4);
    const notes: string[] = [];
    full.getWorksheet('说明')?.eachRow((r) => notes.push(String(r.getCell(1).value)));
    expect(notes).toContain('数据质量提示');
  });
});
