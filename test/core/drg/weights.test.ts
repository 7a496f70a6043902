// Weight tables: validation messages, import from rows with Chinese or English headers, and the shipped
// Yancheng 2023 table converted and cross-checked against its published standards.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fenTimes, parseDecimal } from '../../../src/core/drg/decimal';
import { formatRowError, weightTableFromRows } from '../../../src/core/drg/weight-rows';
import { checkWeightTable, compileWeights, type WeightTable } from '../../../src/core/drg/weights';
import {
  weightTableFromYancheng,
  YANCHENG_2023_BASE_RATE_FEN,
} from '../../../src/core/drg/weights-yancheng';
import { DRG_DATA_DIR } from '../../../src/store/drg-schemes';
import { exampleTable } from './payment-fixtures';

const source = { file: '权重表.csv', pool: '示例市', year: 2024, baseRateFen: 800_000 };

describe('checkWeightTable', () => {
  it('accepts the example table', () => {
    expect(checkWeightTable(exampleTable)).toEqual([]);
  });

  it('names the DRG and the field of each problem, in Chinese', () => {
    const table: WeightTable = {
      ...exampleTable,
      baseRateFen: 0,
      levelCoefficients: { 3: 'abc' },
      groups: [
        { drg: 'ES23', rw: '-1', caseByCase: false },
        { drg: 'ES23', rw: '1', caseByCase: false, meanCostFen: 12.5 },
        { drg: 'es2', rw: '1', caseByCase: false },
        { drg: 'GZ15', rw: '1', caseByCase: false, levelCoefficients: { 2: '0' } },
      ],
    };
    expect(checkWeightTable(table)).toEqual([
      { drg: '', field: 'baseRateFen', message: '基础费率（baseRateFen）“0”应为正的整数分' },
      {
        drg: '',
        field: 'levelCoefficients.3',
        message: '权重表的三级医院系数（levelCoefficients）“abc”应为正的十进制数',
      },
      {
        drg: 'ES23',
        field: 'rw',
        message: '病组 ES23 的权重（RW）“-1”应为正的十进制数，例如 1.0523',
      },
      { drg: 'ES23', field: 'drg', message: '病组 ES23 在权重表中重复出现' },
      {
        drg: 'ES23',
        field: 'meanCostFen',
        message: '病组 ES23 的次均费用（meanCostFen）“12.5”应为正的整数分',
      },
      {
        drg: 'es2',
        field: 'drg',
        message: '病组编码“es2”格式不对：应为大写字母开头的 3 至 5 位编码，例如 GZ13',
      },
      {
        drg: 'GZ15',
        field: 'levelCoefficients.2',
        message: '病组 GZ15 的二级医院系数（levelCoefficients）“0”应为正的十进制数',
      },
    ]);
  });
});

describe('weightTableFromRows', () => {
  it('reads Chinese headers, yuan amounts and 是/否', () => {
    const rows = [
      {
        DRG编码: 'es23',
        病组名称: '呼吸系统感染',
        权重: '1.2345',
        单议病组: '否',
        '次均费用（元）': '10,000.00',
        三级系数: '1.05',
      },
      {
        DRG编码: 'FM19',
        病组名称: '',
        权重: '',
        单议病组: '是',
        '次均费用（元）': '',
        三级系数: '',
      },
      { DRG编码: '', 病组名称: '', 权重: '', 单议病组: '', '次均费用（元）': '', 三级系数: '' },
    ];
    const { table, errors } = weightTableFromRows(rows, source);
    expect(errors).toEqual([]);
    expect(table?.groups).toEqual([
      {
        drg: 'ES23',
        name: '呼吸系统感染',
        rw: '1.2345',
        caseByCase: false,
        meanCostFen: 1_000_000,
        levelCoefficients: { 3: '1.05' },
      },
      { drg: 'FM19', rw: null, caseByCase: true },
    ]);
  });

  it('reads English headers and numbers from a sheet or JSON', () => {
    const rows = [{ drg: 'GZ15', RW: 0.8, caseByCase: false, meanCostFen: 650_000, coef2: 0.9 }];
    const { table, errors } = weightTableFromRows(rows, { ...source, firstLine: 1 });
    expect(errors).toEqual([]);
    expect(table?.groups[0]).toEqual({
      drg: 'GZ15',
      rw: '0.8',
      caseByCase: false,
      meanCostFen: 650_000,
      levelCoefficients: { 2: '0.9' },
    });
  });

  it('reports every rejected value with its line and column, and returns no table', () => {
    const rows = [
      { 病组编码: 'ES23', 相对权重: '1.2x', 是否单议: '也许' },
      { 病组编码: 'GZ15', 相对权重: '', 是否单议: '' },
      { 病组编码: 'BR11', 相对权重: '-0.5', 是否单议: '' },
      { 病组编码: 'BR11', 相对权重: '2', 是否单议: '' },
    ];
    const { table, errors } = weightTableFromRows(rows, source);
    expect(table).toBeNull();
    expect(errors.map((error) => formatRowError('权重表.csv', error))).toEqual([
      '权重表.csv 第 2 行，列“是否单议”：单议病组“也许”应为 是 或 否',
      '权重表.csv 第 2 行，列“相对权重”：权重“1.2x”不是数字，请写成十进制小数，例如 1.0523',
      '权重表.csv 第 3 行，列“相对权重”：病组 GZ15 的权重为空：非单议病组必须有权重',
      '权重表.csv 第 4 行，列“相对权重”：病组 BR11 的权重（RW）“-0.5”应为正的十进制数，例如 1.0523',
      '权重表.csv 第 5 行，列“病组编码”：病组 BR11 在权重表中重复出现',
    ]);
  });

  it('says which column is missing', () => {
    const { errors } = weightTableFromRows([{ 编号: 'ES23', 权重: '1' }], source);
    expect(errors).toEqual([
      {
        line: 1,
        column: '',
        message: '缺少“DRG编码”列（可写作 drg编码、drg代码、病组编码、病组代码）',
      },
    ]);
  });
});

describe('the shipped Yancheng 2023 table', () => {
  const json: unknown = JSON.parse(
    readFileSync(`${DRG_DATA_DIR}weights-yancheng-2023.json`, 'utf8'),
  );
  const table = weightTableFromYancheng(json);

  it('converts all 628 groups into a valid table', () => {
    expect(table.groups).toHaveLength(628);
    expect(checkWeightTable(table)).toEqual([]);
    expect(table.groups.find((group) => group.drg === 'BD15')).toEqual({
      drg: 'BD15',
      name: '脊髓手术，不伴并发症或合并症',
      rw: '4.562471295',
      caseByCase: false,
      levelCoefficients: { 2: '0.77004949', 3: '1.21029456' },
      // 27,889.63581 yuan → 2,788,964 fen; 43,834.42226 yuan → 4,383,442 fen
      standardFen: { 2: 2_788_964, 3: 4_383_442 },
    });
    expect(table.groups.filter((group) => group.caseByCase)).toHaveLength(24);
  });

  it('reproduces every published standard from RW × 793,824 fen × coefficient within a fen per RW', () => {
    // The implied base rate is 7,938.2369915 yuan; rounding it to 793,824 fen moves a standard by at most
    // 0.0085 fen × RW × coefficient, plus the half fen of each rounding.
    let checked = 0;
    for (const weight of compileWeights(table).values()) {
      for (const level of [2, 3] as const) {
        const published = weight.group.standardFen?.[level];
        const coefficient = weight.coefficients[level];
        if (published === undefined || weight.rw === null || coefficient === null) continue;
        const formula = fenTimes(YANCHENG_2023_BASE_RATE_FEN, [weight.rw, coefficient]);
        const allowance =
          1 + (Number(weight.group.rw) * Number(coefficient.units)) / 10 ** coefficient.scale;
        expect(Math.abs(formula - published)).toBeLessThanOrEqual(allowance);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(parseDecimal('4.562471295')).toEqual({ units: 4_562_471_295n, scale: 9 });
  });
});
