// Relative weights from grouped cases: a three-year example worked by hand (trimming, 1:2:7 weighting),
// and the invariant that the result does not depend on the order of the cases.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deriveWeights,
  weightTableFromDerivation,
  type DeriveParams,
} from '../../../src/core/drg/derive-weights';
import { trimCosts } from '../../../src/core/drg/trim-outliers';
import { GROUP_STATUS } from '../../../src/core/drg/types';
import { checkWeightTable } from '../../../src/core/drg/weights';
import { caseOf } from './payment-fixtures';

const params: DeriveParams = {
  years: [
    { year: 2021, weight: 1 },
    { year: 2022, weight: 2 },
    { year: 2023, weight: 7 },
  ],
  trim: { method: { kind: 'iqr', k: '1.5' }, minCases: 5 },
};

const at = (year: number, drg: string, thousands: number[]) =>
  thousands.map((k) => caseOf({ drg, costFen: k * 1000, dischargeDate: `${year}-06-30` }));

const cases = [
  ...at(2021, 'ES23', [80, 100, 120]),
  ...at(2021, 'GZ15', [40]),
  ...at(2022, 'ES23', [90, 100, 110, 120, 1000]),
  ...at(2023, 'ES23', [140, 100, 10, 130, 110, 120]),
  ...at(2023, 'GZ15', [50, 60, 70]),
  caseOf({
    drg: '0000',
    costFen: 50_000,
    dischargeDate: '2023-01-02',
    status: GROUP_STATUS.ungroupable,
  }),
  caseOf({ drg: 'ES23', costFen: 0, dischargeDate: '2023-01-02' }),
  ...at(2020, 'ES23', [999]),
];

describe('a three-year derivation worked by hand', () => {
  const derivation = deriveWeights(cases, params);

  it('trims each DRG-year by the IQR fences', () => {
    const es23 = derivation.groups.find((group) => group.drg === 'ES23');
    // 2021: 3 cases < 5, kept whole; mean (80k + 100k + 120k) ÷ 3 = 100,000 fen.
    // 2022: sorted 90k 100k 110k 120k 1000k; Q1 = x[1] = 100k, Q3 = x[3] = 120k, IQR 20k;
    //       fences [100k − 30k, 120k + 30k] = [70k, 150k]: 1000k trimmed; mean 420k ÷ 4 = 105,000.
    // 2023: sorted 10k 100k 110k 120k 130k 140k; Q1 at 1.25 = 102.5k, Q3 at 3.75 = 127.5k, IQR 25k;
    //       fences [65k, 165k]: 10k trimmed; mean 600k ÷ 5 = 120,000.
    expect(
      es23?.years.map((y) => [
        y.year,
        y.cases,
        y.trimmedLow,
        y.trimmedHigh,
        y.lowerFen,
        y.upperFen,
        y.meanCostFen,
      ]),
    ).toEqual([
      [2021, 3, 0, 0, null, null, 100_000],
      [2022, 5, 0, 1, 70_000, 150_000, 105_000],
      [2023, 6, 1, 0, 65_000, 165_000, 120_000],
    ]);
  });

  it('weights the years 1:2:7 and divides by the weighted overall mean', () => {
    // ES23: (1 × 100,000 + 2 × 105,000 + 7 × 120,000) ÷ 10 = 115,000 fen.
    // GZ15 has no 2022 cases, so its weights are 1 and 7: (1 × 40,000 + 7 × 60,000) ÷ 8 = 57,500 fen.
    // overall per year: 2021 (300k + 40k) ÷ 4 = 85,000; 2022 420k ÷ 4 = 105,000;
    //                   2023 (600k + 180k) ÷ 8 = 97,500;
    // weighted: (85,000 + 2 × 105,000 + 7 × 97,500) ÷ 10 = 97,750 fen.
    // RW ES23 = 115,000 ÷ 97,750 = 1.176470… → 1.1765; RW GZ15 = 57,500 ÷ 97,750 = 0.588235… → 0.5882.
    expect(derivation.overallWeightedMeanFen).toBe(97_750);
    expect(derivation.groups.map((group) => [group.drg, group.weightedMeanFen, group.rw])).toEqual([
      ['ES23', 115_000, '1.1765'],
      ['GZ15', 57_500, '0.5882'],
    ]);
  });

  it('counts what was left out, trimmed and kept each year, and shows the method', () => {
    expect(
      derivation.years.map((y) => [y.year, y.cases, y.leftOut, y.trimmed, y.kept, y.meanCostFen]),
    ).toEqual([
      [2021, 4, 0, 0, 4, 85_000],
      [2022, 5, 0, 1, 4, 105_000],
      [2023, 9, 2, 1, 8, 97_500],
    ]);
    expect(derivation.steps.join('\n')).toContain('各年度按 1:2:7 加权');
    expect(derivation.steps.join('\n')).toContain('全部病例加权例均费用 = ¥977.50');
  });

  it('builds a valid weight table from the result', () => {
    const table = weightTableFromDerivation(
      derivation,
      { pool: '示例市', year: 2024, baseRateFen: 800_000, levelCoefficients: { 3: '1' } },
      ['GZ15'],
    );
    expect(checkWeightTable(table)).toEqual([]);
    expect(table.groups[1]).toEqual({
      drg: 'GZ15',
      rw: '0.5882',
      caseByCase: true,
      meanCostFen: 57_500,
    });
  });
});

describe('trimming methods', () => {
  it('trims on log cost with mean ± n·sd', () => {
    // ln of 90k 100k 110k 120k 1000k: mean 12.008, sample sd 1.016; 1.5 sd = 1.524:
    // upper e^13.532 ≈ 752k, so 1000k is trimmed; lower e^10.484 ≈ 35.7k trims nothing.
    const result = trimCosts([90_000, 100_000, 110_000, 120_000, 1_000_000], {
      method: { kind: 'log-sd', n: '1.5' },
      minCases: 5,
    });
    expect([result.trimmedLow, result.trimmedHigh, result.kept.length]).toEqual([0, 1, 4]);
  });

  it('keeps every case with method none', () => {
    const result = trimCosts([1, 2, 1_000_000], { method: { kind: 'none' }, minCases: 0 });
    expect(result.kept).toEqual([1, 2, 1_000_000]);
  });

  it('refuses bad parameters in Chinese', () => {
    expect(() => deriveWeights(cases, { ...params, years: [{ year: 2023, weight: 0 }] })).toThrow(
      /年度 2023 的权数“0”应为正整数/,
    );
  });
});

describe('invariants', () => {
  const randomCases = fc.array(
    fc.record({
      drg: fc.constantFrom('ES23', 'GZ15', 'FM19'),
      costFen: fc.integer({ min: 0, max: 2_000_000 }),
      year: fc.constantFrom(2021, 2022, 2023),
    }),
    { minLength: 1, maxLength: 60 },
  );
  for (const method of [
    { kind: 'iqr', k: '1.5' },
    { kind: 'log-sd', n: '2' },
  ] as const) {
    it(`gives the same result in any case order (${method.kind})`, () => {
      fc.assert(
        fc.property(
          randomCases.chain((rows) =>
            fc.tuple(
              fc.constant(rows),
              fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
            ),
          ),
          ([rows, shuffled]) => {
            if (!rows.some((row) => row.costFen > 0)) return true;
            const toCases = (list: typeof rows) =>
              list.map((row) =>
                caseOf({ drg: row.drg, costFen: row.costFen, dischargeDate: `${row.year}-05-01` }),
              );
            const trimParams = { ...params, trim: { method, minCases: 4 } };
            const first = deriveWeights(toCases(rows), trimParams);
            const second = deriveWeights(toCases(shuffled), trimParams);
            expect(second).toEqual(first);
            return true;
          },
        ),
      );
    });
  }
});
