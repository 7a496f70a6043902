// Case-mix indicators: CMI and the cost- and time-efficiency indices worked by hand for two hospitals,
// aggregation as sum ÷ sum across any grouping, and CMI = r when every case weighs r.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addParts,
  byDepartment,
  byHospital,
  byHospitalMonth,
  casemixBy,
  EMPTY_PARTS,
  indicatorValue,
  partsToText,
  regionalReference,
  type CasemixContext,
} from '../../../src/core/drg/casemix';
import { formatScaled, parseDecimal } from '../../../src/core/drg/decimal';
import { GROUP_STATUS } from '../../../src/core/drg/types';
import { compileWeights } from '../../../src/core/drg/weights';
import { caseOf, exampleTable } from './payment-fixtures';

const cases = [
  caseOf({
    hospitalId: 'H1',
    department: '内科',
    drg: 'ES23',
    costFen: 1_200_000,
    lengthOfStayDays: 10,
  }),
  caseOf({
    hospitalId: 'H1',
    department: '内科',
    drg: 'ES23',
    costFen: 900_000,
    lengthOfStayDays: 8,
    dischargeDate: '2024-04-02',
  }),
  caseOf({
    hospitalId: 'H1',
    department: '外科',
    drg: 'GZ15',
    costFen: 600_000,
    lengthOfStayDays: 5,
  }),
  caseOf({ hospitalId: 'H2', drg: 'ES23', costFen: 900_000, lengthOfStayDays: 6 }),
  caseOf({ hospitalId: 'H2', drg: 'GZ15', costFen: 400_000, lengthOfStayDays: 3 }),
  caseOf({ hospitalId: 'H2', drg: 'GZ15', costFen: 500_000, lengthOfStayDays: 4 }),
  caseOf({ hospitalId: 'H2', drg: '0000', costFen: 70_000, status: GROUP_STATUS.ungroupable }),
];
const context: CasemixContext = {
  weights: compileWeights(exampleTable),
  reference: regionalReference(cases),
};

describe('two hospitals worked by hand', () => {
  // regional means: ES23 3,000,000 ÷ 3 = 1,000,000 fen and 24 ÷ 3 = 8 days;
  //                 GZ15 1,500,000 ÷ 3 = 500,000 fen and 12 ÷ 3 = 4 days.
  const [h1, h2] = casemixBy(cases, byHospital, context);

  it('computes CMI as Σ RW ÷ cases', () => {
    // H1: (1.2345 + 1.2345 + 0.8) ÷ 3 = 3.269 ÷ 3 = 1.08966… → 1.0897
    // H2: (1.2345 + 0.8 + 0.8) ÷ 3 = 2.8345 ÷ 3 = 0.94483… → 0.9448; its ungroupable case is left out.
    expect(partsToText(h1!.indicators.cmi)).toEqual({ numerator: '3.269', denominator: '3' });
    expect(indicatorValue(h1!.indicators.cmi)).toBe('1.0897');
    expect(indicatorValue(h2!.indicators.cmi)).toBe('0.9448');
    expect(h2!.excluded).toEqual({ cmi: 1, 'cost-efficiency': 1, 'time-efficiency': 1 });
  });

  it('computes the cost-efficiency index against the regional same-DRG mean', () => {
    // H1: 1,200,000 ÷ 1,000,000 + 900,000 ÷ 1,000,000 + 600,000 ÷ 500,000 = 1.2 + 0.9 + 1.2 = 3.3; ÷ 3 = 1.1
    // H2: 0.9 + 0.8 + 1.0 = 2.7; ÷ 3 = 0.9
    expect(partsToText(h1!.indicators['cost-efficiency'])).toEqual({
      numerator: '3.3',
      denominator: '3',
    });
    expect(indicatorValue(h1!.indicators['cost-efficiency'])).toBe('1.1');
    expect(indicatorValue(h2!.indicators['cost-efficiency'])).toBe('0.9');
  });

  it('computes the time-efficiency index against the regional same-DRG mean stay', () => {
    // H1: 10 ÷ 8 + 8 ÷ 8 + 5 ÷ 4 = 3.5; ÷ 3 = 1.166667.  H2: 6 ÷ 8 + 3 ÷ 4 + 4 ÷ 4 = 2.5; ÷ 3 = 0.833333.
    expect(indicatorValue(h1!.indicators['time-efficiency'], 6)).toBe('1.166667');
    expect(indicatorValue(h2!.indicators['time-efficiency'], 6)).toBe('0.833333');
  });

  it('groups by department and month with the same parts', () => {
    const departments = casemixBy(cases, byDepartment, context);
    expect(departments.map((row) => [row.key, indicatorValue(row.indicators.cmi)])).toEqual([
      ['H1/内科', '1.2345'],
      ['H1/外科', '0.8'],
      ['H2/内科', '0.9448'],
    ]);
    const months = casemixBy(cases, byHospitalMonth, context);
    expect(months.map((row) => row.key)).toEqual(['H1/2024-03', 'H1/2024-04', 'H2/2024-03']);
  });
});

describe('invariants', () => {
  it('CMI of a hospital whose cases all weigh r is r', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 200 }),
        (units, scale, count) => {
          const rw = formatScaled({ units: BigInt(units), scale });
          const table = { ...exampleTable, groups: [{ drg: 'AB12', rw, caseByCase: false }] };
          const list = Array.from({ length: count }, () => caseOf({ drg: 'AB12', costFen: 100 }));
          const ctx = { weights: compileWeights(table), reference: regionalReference(list) };
          const [row] = casemixBy(list, byHospital, ctx);
          return indicatorValue(row!.indicators.cmi, parseDecimal(rw).scale) === rw;
        },
      ),
    );
  });

  it('adds up: the parts of the months sum to the parts of the hospital (sum ÷ sum)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            drg: fc.constantFrom('ES23', 'GZ15', 'FM19'),
            costFen: fc.integer({ min: 1, max: 5_000_000 }),
            days: fc.integer({ min: 1, max: 60 }),
            month: fc.constantFrom('01', '02', '03'),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        (rows) => {
          const list = rows.map((row) =>
            caseOf({
              drg: row.drg,
              costFen: row.costFen,
              lengthOfStayDays: row.days,
              dischargeDate: `2024-${row.month}-10`,
            }),
          );
          const ctx = { weights: compileWeights(exampleTable), reference: regionalReference(list) };
          const [hospital] = casemixBy(list, byHospital, ctx);
          const months = casemixBy(list, byHospitalMonth, ctx);
          for (const code of ['cmi', 'cost-efficiency', 'time-efficiency'] as const) {
            const summed = months.reduce(
              (sum, row) => addParts(sum, row.indicators[code]),
              EMPTY_PARTS,
            );
            expect(partsToText(summed)).toEqual(partsToText(hospital!.indicators[code]));
          }
          return true;
        },
      ),
    );
  });
});
