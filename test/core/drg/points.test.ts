// The point method: case points worked by hand, a year-end settlement of three hospitals to the fen,
// and the invariant that settlements always add up to the budget.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settlePointYear } from '../../../src/core/drg/point-settlement';
import {
  compilePointRule,
  formatPoints,
  hospitalPoints,
  pointsForCase,
  pointsForCases,
  type PointRule,
} from '../../../src/core/drg/points';
import { GROUP_STATUS } from '../../../src/core/drg/types';
import { caseOf, exampleTable } from './payment-fixtures';

const rule: PointRule = {
  table: exampleTable,
  highMultiple: '3',
  highExcessRate: 9000,
  lowMultiple: '0.4',
  applyLevelCoefficient: false,
};
const compiled = compilePointRule(rule);

describe('points per case (ES23: RW 1.2345, group mean 1,000,000 fen)', () => {
  it('gives a normal case RW × 100 points', () => {
    // 1.2345 × 100 = 123.45 points = 1,234,500 ten-thousandths.
    const points = pointsForCase(compiled, caseOf({ drg: 'ES23', costFen: 1_150_000 }));
    expect(points).toMatchObject({ kind: 'standard', basePoints: '123.45', pointUnits: 1_234_500 });
  });

  it('raises a high outlier by 90% of its excess over 3 × the mean, in units of the mean', () => {
    // 123.45 × (1 + 0.9 × (3,456,789 − 3,000,000) ÷ 1,000,000) = 123.45 × 1.4111101
    // = 174.201541845 → 174.2015 points.
    const points = pointsForCase(compiled, caseOf({ drg: 'ES23', costFen: 3_456_789 }));
    expect(points).toMatchObject({ kind: 'high-outlier', pointUnits: 1_742_015 });
  });

  it('scales a low outlier by cost ÷ mean', () => {
    // 123.45 × 312,345 ÷ 1,000,000 = 38.55899025 → 38.5590 points.
    const points = pointsForCase(compiled, caseOf({ drg: 'ES23', costFen: 312_345 }));
    expect(points).toMatchObject({ kind: 'low-outlier', pointUnits: 385_590 });
    expect(formatPoints(points.pointUnits)).toBe('38.559');
  });

  it('multiplies by the level coefficient when the pool says so', () => {
    // 1.2345 × 100 × 1.05 = 129.6225 points.
    const withLevel = compilePointRule({ ...rule, applyLevelCoefficient: true });
    const points = pointsForCase(withLevel, caseOf({ drg: 'ES23', costFen: 1_000_000 }));
    expect(points.pointUnits).toBe(1_296_225);
  });

  it('settles case-by-case groups and failed groupings at cost, without points', () => {
    const byCase = pointsForCase(compiled, caseOf({ drg: 'FM19', costFen: 5_678_901 }));
    expect(byCase).toMatchObject({ kind: 'at-cost', pointUnits: 0, atCostFen: 5_678_901 });
    const failed = pointsForCase(
      compiled,
      caseOf({ drg: '0000', costFen: 234_567, status: GROUP_STATUS.ungroupable }),
    );
    expect(failed.reason).toBe('无法入组，不计点数，按实际费用 ¥2345.67 结算');
  });
});

describe('year-end settlement of three hospitals', () => {
  const cases = [
    caseOf({ hospitalId: 'H1', drg: 'ES23', costFen: 1_150_000 }), // 123.45
    caseOf({ hospitalId: 'H1', drg: 'ES23', costFen: 3_456_789 }), // 174.2015
    caseOf({ hospitalId: 'H1', drg: 'FM19', costFen: 5_678_901 }), // at cost
    caseOf({ hospitalId: 'H2', drg: 'ES23', costFen: 312_345, hospitalLevel: 2 }), // 38.559
    caseOf({ hospitalId: 'H2', drg: 'GZ15', costFen: 700_000, hospitalLevel: 2 }), // 80
    caseOf({ hospitalId: 'H3', drg: 'GZ15', costFen: 650_000 }), // 80
    caseOf({ hospitalId: 'H3', drg: 'GZ15', costFen: 640_000 }), // 80
    caseOf({ hospitalId: 'H3', drg: 'GZ15', costFen: 690_000 }), // 80
    caseOf({ hospitalId: 'H3', drg: '0000', costFen: 234_567, status: GROUP_STATUS.ungroupable }),
  ];

  it('divides the budget left after at-cost cases by the total points, to the fen', () => {
    const totals = hospitalPoints(pointsForCases(rule, cases));
    // H1: 123.45 + 174.2015 = 297.6515; H2: 38.559 + 80 = 118.559; H3: 3 × 80 = 240.
    expect(totals.map((row) => [row.hospitalId, row.pointUnits, row.atCostFen])).toEqual([
      ['H1', 2_976_515, 5_678_901],
      ['H2', 1_185_590, 0],
      ['H3', 2_400_000, 234_567],
    ]);
    // budget 10,000,000 fen; at cost 5,678,901 + 234,567 = 5,913,468; points share 4,086,532 fen.
    // total points 656.2105; point value = 4,086,532 ÷ 656.2105 = 6,227.4712… fen = 62.274712 yuan/point.
    // exact shares: H1 297.6515 × value = 1,853,616.148…; H2 118.559 × value = 738,322.759…;
    //               H3 240 × value = 1,494,593.091…; floors sum to 4,086,531, one fen left over,
    // which goes to the largest remainder (H2, .759): 1,853,616 / 738,323 / 1,494,593.
    // settlements with at-cost amounts: H1 7,532,517; H2 738,323; H3 1,729,160; sum 10,000,000.
    const settlement = settlePointYear(10_000_000, totals);
    expect(settlement.pointBudgetFen).toBe(4_086_532);
    expect(settlement.totalPointUnits).toBe(6_562_105);
    expect(settlement.pointValueYuan).toBe('62.274712');
    expect(
      settlement.hospitals.map((row) => [
        row.hospitalId,
        row.floorFen,
        row.remainderFen,
        row.settlementFen,
      ]),
    ).toEqual([
      ['H1', 1_853_616, 0, 7_532_517],
      ['H2', 738_322, 1, 738_323],
      ['H3', 1_494_593, 0, 1_729_160],
    ]);
    expect(settlement.steps[1]).toContain('62.274712 元/点');
  });

  it('gives leftover fen to the largest remainders, ties to the smaller hospital id', () => {
    // 100 fen over three equal hospitals: 33.33… each; floors 33 × 3 = 99; the 1 fen left goes to A
    // (四舍五入 each would pay 99 in all).
    const equal = ['C', 'A', 'B'].map((hospitalId) => ({
      hospitalId,
      pointUnits: 1_000_000,
      atCostFen: 0,
      cases: 1,
    }));
    const settlement = settlePointYear(100, equal);
    expect(settlement.hospitals.map((row) => [row.hospitalId, row.settlementFen])).toEqual([
      ['C', 33],
      ['A', 34],
      ['B', 33],
    ]);
  });

  it('refuses a budget smaller than the at-cost amounts', () => {
    expect(() =>
      settlePointYear(100, [{ hospitalId: 'H1', pointUnits: 10, atCostFen: 101, cases: 1 }]),
    ).toThrow(/超过年度基金预算/);
  });
});

describe('invariants', () => {
  const hospitals = fc.uniqueArray(
    fc.record({
      hospitalId: fc.string({ minLength: 1, maxLength: 4 }),
      pointUnits: fc.integer({ min: 0, max: 1e11 }),
      atCostFen: fc.integer({ min: 0, max: 1e9 }),
      cases: fc.constant(1),
    }),
    { minLength: 1, maxLength: 12, selector: (row) => row.hospitalId },
  );

  it('settles the budget to the fen, whatever the order of the hospitals', () => {
    fc.assert(
      fc.property(hospitals, fc.integer({ min: 0, max: 1e12 }), (rows, extra) => {
        if (rows.every((row) => row.pointUnits === 0)) rows[0] = { ...rows[0]!, pointUnits: 1 };
        const budget = rows.reduce((sum, row) => sum + row.atCostFen, 0) + extra;
        const settlement = settlePointYear(budget, rows);
        const total = settlement.hospitals.reduce((sum, row) => sum + row.settlementFen, 0);
        const reversed = settlePointYear(budget, [...rows].reverse());
        const byId = new Map(reversed.hospitals.map((row) => [row.hospitalId, row.settlementFen]));
        return (
          total === budget &&
          settlement.hospitals.every(
            (row) => row.pointFen >= 0 && byId.get(row.hospitalId) === row.settlementFen,
          )
        );
      }),
    );
  });

  it('never gives a case negative points', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ES23', 'GZ15', 'FM19', 'CR19', 'ZZ99'),
        fc.integer({ min: 0, max: 1e11 }),
        (drg, costFen) => pointsForCase(compiled, caseOf({ drg, costFen })).pointUnits >= 0,
      ),
    );
  });
});
