// Settlement of one encounter: class C and 乙类先自付, fixed amounts (Banan 三（三）1–2), deductible, ratio
// and the annual cap, with the person's year carried from one encounter to the next.
import { describe, expect, it } from 'vitest';
import {
  adjudicate,
  emptyPersonYear,
  type EncounterToSettle,
  type PricedLine,
} from '../../../src/core/simulate/adjudicate';
import type { BillLine } from '../../../src/core/simulate/bills';
import { repriceEncounter } from '../../../src/core/simulate/reprice';
import { encounter, hospital, line, policyOf, rule } from './fixtures';
import { baseScenario } from './scenario-fixture';

const priced = (lines: BillLine[], raised: number[] = []): PricedLine[] =>
  lines.map((l, i) => ({ line: l, raisedPartFen: raised[i] ?? 0 }));

const settle = (lines: PricedLine[], over: Partial<EncounterToSettle> = {}): EncounterToSettle => ({
  personId: 'P1',
  scheme: 'resident-tier1',
  level: 2,
  type: 'outpatient',
  year: 2017,
  lines,
  ...over,
});

describe('fixed-amount consultation fee (定额报销诊察费, Banan 三（三）1)', () => {
  // Outpatient: quota 5.00 per visit for 诊察费, rest by ratio 40%; class B self-pay 10%; cap 100.00.
  const policy = policyOf(
    rule({
      ratio: 4000,
      annualCapFen: 10_000,
      pool: 'outpatient',
      classBSelfPayShare: 1000,
      fixedAmounts: [
        {
          category: 'consultation',
          per: 'visit',
          quotaFen: 500,
          part: 'whole-line',
          remainder: 'ratio',
        },
      ],
    }),
  );

  it('pays the quota first, then the ordinary rules on the rest', () => {
    const lines = priced([
      line({ category: 'consultation', unitPriceFen: 1200 }),
      line({ category: 'western-drug', unitPriceFen: 3000 }),
      line({ category: 'laboratory', unitPriceFen: 2000, insuranceClass: 'B' }),
      line({ category: 'treatment', unitPriceFen: 500, insuranceClass: 'C' }),
    ]);
    const { settlement, state } = adjudicate(settle(lines), policy, emptyPersonYear('P1', 2017));
    // cost 12.00 + 30.00 + 20.00 + 5.00 = 67.00
    expect(settlement.costFen).toBe(6700);
    // 诊察费: fund pays the 5.00 quota; the other 7.00 joins class A
    expect(settlement.fixedAmountFen).toBe(500);
    // 丙类 5.00 by the patient
    expect(settlement.selfPaidFen).toBe(500);
    // 乙类先自付: 20.00 × 10% = 2.00
    expect(settlement.classBSelfPayFen).toBe(200);
    // eligible: 7.00 + 30.00 + (20.00 − 2.00) = 55.00; no deductible; fund 55.00 × 40% = 22.00 (cap 100.00 not reached)
    expect(settlement.deductibleFen).toBe(0);
    expect(settlement.ratioPaymentFen).toBe(2200);
    // co-payment 55.00 − 22.00 = 33.00
    expect(settlement.coPaymentFen).toBe(3300);
    // fund 5.00 + 22.00 = 27.00; patient 5.00 + 2.00 + 33.00 = 40.00; 27.00 + 40.00 = 67.00
    expect(settlement.fundFen).toBe(2700);
    expect(settlement.outOfPocketFen).toBe(4000);
    // the cap counts ratio payments only
    expect(state.capUsedFen.outpatient).toBe(2200);
  });

  it('pays a per-visit quota once across several consultation lines', () => {
    const lines = priced([
      line({ category: 'consultation', unitPriceFen: 300 }),
      line({ category: 'consultation', unitPriceFen: 400 }),
    ]);
    const { settlement } = adjudicate(settle(lines), policy, emptyPersonYear('P1', 2017));
    // quota 5.00: 3.00 on the first line, 2.00 on the second; the other 2.00 by ratio 40% = 0.80
    expect(settlement.fixedAmountFen).toBe(500);
    expect(settlement.ratioPaymentFen).toBe(80);
    expect(settlement.fundFen).toBe(580);
    expect(settlement.outOfPocketFen).toBe(120);
  });
});

describe('bed-fee quota on the raised part (床位费调价提高部分每床日定额报销, Banan 三（三）2)', () => {
  // Inpatient at a level-2 hospital: deductible 100.00 per admission, ratio 70%, no cap.
  // Bed fee 20.00 → 35.00 a day for 5 days; a drug 230.00 loses its markup (→ 200.00).
  const inpatient = rule({ deductibleFen: 10_000, ratio: 7000 });
  const quota = {
    category: 'bed' as const,
    per: 'day' as const,
    quotaFen: 1000,
    part: 'raised-part' as const,
  };
  const scenario = baseScenario({
    priceSchedule: [{ itemCode: 'bed-2', level: 2, priceFen: 3500, effectiveFrom: '2017-09-01' }],
    reimbursement: {
      before: policyOf(inpatient, 'before'),
      after: policyOf({ ...inpatient, fixedAmounts: [{ ...quota, remainder: 'ratio' }] }, 'after'),
    },
  });
  const admission = encounter({
    type: 'inpatient',
    startDate: '2017-10-01',
    endDate: '2017-10-06',
    lines: [
      line({ itemCode: 'bed-2', category: 'bed', unitPriceFen: 2000, quantity: 5 }),
      line({ category: 'western-drug', unitPriceFen: 23_000 }),
    ],
  });
  const repriced = repriceEncounter(admission, hospital(), scenario).lines;
  const toSettle = (lines: PricedLine[]) => settle(lines, { type: 'inpatient' });

  it('before: everything by ratio', () => {
    const lines = priced(repriced.map((l) => l.before));
    const { settlement } = adjudicate(
      toSettle(lines),
      scenario.reimbursement.before,
      emptyPersonYear('P1', 2017),
    );
    // cost 100.00 + 230.00 = 330.00; deductible 100.00; fund (330.00 − 100.00) × 70% = 161.00; co-pay 69.00
    expect(settlement.costFen).toBe(33_000);
    expect(settlement.fundFen).toBe(16_100);
    expect(settlement.outOfPocketFen).toBe(10_000 + 6900);
  });

  it('after: the fund pays the raised part up to 10.00 a bed-day, the old part by ratio', () => {
    const lines = repriced.map((l) => ({ line: l.after, raisedPartFen: l.raisedPartFen }));
    // bed 35.00 × 5 = 175.00, raised part 175.00 − 100.00 = 75.00; drug 200.00
    expect(lines.map((l) => l.line.amountFen)).toEqual([17_500, 20_000]);
    expect(lines[0]?.raisedPartFen).toBe(7500);
    const { settlement } = adjudicate(
      toSettle(lines),
      scenario.reimbursement.after,
      emptyPersonYear('P1', 2017),
    );
    // quota 10.00 × 5 days = 50.00 ≤ raised part 75.00 → fund pays 50.00 as a fixed amount
    expect(settlement.fixedAmountFen).toBe(5000);
    // rest: 175.00 − 50.00 = 125.00 + drug 200.00 = 325.00; deductible 100.00; (325.00 − 100.00) × 70% = 157.50
    expect(settlement.deductibleFen).toBe(10_000);
    expect(settlement.ratioPaymentFen).toBe(15_750);
    // fund 50.00 + 157.50 = 207.50; patient 100.00 + 67.50 = 167.50 (before: 169.00, so 1.50 less)
    expect(settlement.fundFen).toBe(20_750);
    expect(settlement.outOfPocketFen).toBe(16_750);
    expect(settlement.costFen).toBe(37_500);
  });

  it('pays no more than the raised part when the quota exceeds it; remainder self-pay', () => {
    const generous = policyOf({
      ...inpatient,
      fixedAmounts: [{ ...quota, quotaFen: 2000, remainder: 'self-pay' }],
    });
    const lines = repriced.map((l) => ({ line: l.after, raisedPartFen: l.raisedPartFen }));
    const { settlement } = adjudicate(toSettle(lines), generous, emptyPersonYear('P1', 2017));
    // quota 20.00 × 5 = 100.00 > raised part 75.00 → fund 75.00; the old part 100.00 left to the patient
    expect(settlement.fixedAmountFen).toBe(7500);
    expect(settlement.fixedRemainderFen).toBe(10_000);
    // only the drug goes by ratio: (200.00 − 100.00) × 70% = 70.00
    expect(settlement.ratioPaymentFen).toBe(7000);
  });
});

describe('deductible and cap across one admission, then the rest of the year', () => {
  // 城乡居民一档, level-3 hospital: deductible 800.00 per admission, ratio 50%, annual cap 120,000.00,
  // class B self-pay 10%.
  const policy = policyOf(
    rule({
      deductibleFen: 80_000,
      ratio: 5000,
      annualCapFen: 12_000_000,
      classBSelfPayShare: 1000,
    }),
  );
  const admission = priced([
    line({ category: 'surgery', unitPriceFen: 10_000_000 }),
    line({ category: 'health-materials', unitPriceFen: 15_000_000, insuranceClass: 'B' }),
    line({ category: 'western-drug', unitPriceFen: 5_000_000 }),
    line({ category: 'western-drug', unitPriceFen: 200_000, insuranceClass: 'C' }),
  ]);
  const first = adjudicate(
    settle(admission, { type: 'inpatient', level: 3 }),
    policy,
    emptyPersonYear('P1', 2017),
  );

  it('applies 先自付, deductible, ratio and cap in order', () => {
    const s = first.settlement;
    // cost 100,000 + 150,000 + 50,000 + 2,000 = 302,000.00
    expect(s.costFen).toBe(30_200_000);
    // 丙类 2,000.00; 乙类 150,000.00 × 10% = 15,000.00
    expect(s.selfPaidFen).toBe(200_000);
    expect(s.classBSelfPayFen).toBe(1_500_000);
    // eligible 150,000 + 135,000 = 285,000.00; deductible 800.00; (285,000 − 800) × 50% = 142,100.00
    expect(s.deductibleFen).toBe(80_000);
    expect(s.coPaymentFen).toBe(14_210_000);
    // the cap 120,000.00 stops the fund; the patient pays the 22,100.00 above it
    expect(s.ratioPaymentFen).toBe(12_000_000);
    expect(s.overCapFen).toBe(2_210_000);
    // patient 2,000 + 15,000 + 800 + 142,100 + 22,100 = 182,000.00; fund 120,000.00
    expect(s.outOfPocketFen).toBe(18_200_000);
    expect(s.fundFen + s.outOfPocketFen).toBe(s.costFen);
    expect(first.state.capUsedFen.inpatient).toBe(12_000_000);
  });

  it('a second admission that year pays its own deductible and finds the cap used up', () => {
    const second = adjudicate(
      settle(priced([line({ category: 'surgery', unitPriceFen: 1_000_000 })]), {
        type: 'inpatient',
        level: 3,
      }),
      policy,
      first.state,
    );
    // 10,000.00: deductible 800.00 again (per admission); 50% of 9,200.00 = 4,600.00 all over the cap
    expect(second.settlement.deductibleFen).toBe(80_000);
    expect(second.settlement.fundFen).toBe(0);
    expect(second.settlement.overCapFen).toBe(460_000);
  });

  it('the next year starts afresh', () => {
    const nextYear = adjudicate(
      settle(priced([line({ category: 'surgery', unitPriceFen: 1_000_000 })]), {
        type: 'inpatient',
        level: 3,
        year: 2018,
      }),
      policy,
      first.state,
    );
    expect(nextYear.settlement.fundFen).toBe(460_000);
    expect(nextYear.state.year).toBe(2018);
  });
});

describe('a yearly deductible spans visits', () => {
  const policy = policyOf(
    rule({ deductibleFen: 20_000, deductibleBasis: 'year', ratio: 8700, pool: 'outpatient' }),
  );
  it('is met across two visits', () => {
    const one = adjudicate(
      settle(priced([line({ category: 'treatment', unitPriceFen: 15_000 })])),
      policy,
      emptyPersonYear('P1', 2017),
    );
    // 150.00 all towards the 200.00 deductible
    expect(one.settlement.deductibleFen).toBe(15_000);
    expect(one.settlement.fundFen).toBe(0);
    const two = adjudicate(
      settle(priced([line({ category: 'treatment', unitPriceFen: 38_333 })])),
      policy,
      one.state,
    );
    // 383.33: the deductible's last 50.00, then (383.33 − 50.00) × 87% = 289.9971 → 290.00
    expect(two.settlement.deductibleFen).toBe(5000);
    expect(two.settlement.ratioPaymentFen).toBe(29_000);
    expect(two.settlement.coPaymentFen).toBe(33_333 - 29_000);
  });

  it('uninsured encounters are paid entirely by the patient', () => {
    const { settlement } = adjudicate(
      settle(priced([line({ category: 'treatment', unitPriceFen: 15_000 })]), {
        scheme: 'self-pay',
      }),
      policy,
      emptyPersonYear('P1', 2017),
    );
    expect(settlement.fundFen).toBe(0);
    expect(settlement.selfPaidFen).toBe(15_000);
  });
});
