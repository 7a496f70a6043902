// DRG payment per case: hand-worked examples to the fen, and invariants on random cases.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROUP_STATUS } from '../../../src/core/drg/types';
import {
  checkPaymentRule,
  compilePaymentRule,
  payCase,
  payCases,
} from '../../../src/core/drg/payment';
import { compareWithFeeForService } from '../../../src/core/drg/payment-summary';
import { caseOf, exampleRule, exampleTable } from './payment-fixtures';

const compiled = compilePaymentRule(exampleRule);

describe('hand-worked payments (base rate 793,824 fen, 三级 1.05, group mean 10,000.00 yuan)', () => {
  it('pays a normal case its standard, rounded once to the fen', () => {
    // ES23, 三级: 1.2345 × 793,824 × 1.05 = 1,028,974.5144 fen → 1,028,975 fen (¥10,289.75).
    // Cost 1,150,000 lies between 0.4 × 1,000,000 = 400,000 and 3 × 1,000,000 = 3,000,000: normal.
    const payment = payCase(compiled, caseOf({ drg: 'ES23', costFen: 1_150_000 }));
    expect(payment).toMatchObject({
      kind: 'standard',
      standardFen: 1_028_975,
      paymentFen: 1_028_975,
      extraFen: 0,
      reference: { kind: 'group-mean', fen: 1_000_000 },
    });
    expect(payment.reason).toContain('权重 1.2345 × 基础费率 ¥7938.24 × 三级医院系数 1.05');
  });

  it('uses the level coefficient of a 二级 hospital', () => {
    // ES23, 二级: 1.2345 × 793,824 × 0.9 = 881,978.1552 fen → 881,978 fen.
    const payment = payCase(compiled, caseOf({ drg: 'ES23', costFen: 900_000, hospitalLevel: 2 }));
    expect(payment.paymentFen).toBe(881_978);
  });

  it('pays a high-cost outlier the standard plus 90% of the cost above 3 × the group mean', () => {
    // threshold = 3 × 1,000,000 = 3,000,000; cost 3,456,789 is above it.
    // extra = (3,456,789 − 3,000,000) × 90% = 456,789 × 0.9 = 411,110.1 → 411,110 fen.
    // payment = 1,028,975 + 411,110 = 1,440,085 fen.
    const payment = payCase(compiled, caseOf({ drg: 'ES23', costFen: 3_456_789 }));
    expect(payment).toMatchObject({
      kind: 'high-outlier',
      standardFen: 1_028_975,
      thresholdFen: 3_000_000,
      extraFen: 411_110,
      paymentFen: 1_440_085,
    });
  });

  it('pays a low-cost outlier at cost, or in proportion when the rule says so', () => {
    // threshold = 0.4 × 1,000,000 = 400,000; cost 312,345 is below it → paid 312,345 fen.
    const atCost = payCase(compiled, caseOf({ drg: 'ES23', costFen: 312_345 }));
    expect(atCost).toMatchObject({
      kind: 'low-outlier',
      thresholdFen: 400_000,
      paymentFen: 312_345,
    });
    // proportional: 1,028,975 × 312,345 ÷ 1,000,000 = 321,395.196375 → 321,395 fen.
    const proportional = compilePaymentRule({ ...exampleRule, lowPay: 'proportional' });
    expect(payCase(proportional, caseOf({ drg: 'ES23', costFen: 312_345 })).paymentFen).toBe(
      321_395,
    );
  });

  it('treats the thresholds themselves as normal cases (strictly above, strictly below)', () => {
    expect(payCase(compiled, caseOf({ drg: 'ES23', costFen: 3_000_000 })).kind).toBe('standard');
    expect(payCase(compiled, caseOf({ drg: 'ES23', costFen: 400_000 })).kind).toBe('standard');
    expect(payCase(compiled, caseOf({ drg: 'ES23', costFen: 3_000_001 })).extraFen).toBe(1);
    expect(payCase(compiled, caseOf({ drg: 'ES23', costFen: 399_999 })).kind).toBe('low-outlier');
  });

  it('settles a case-by-case group at cost', () => {
    // FM19 is 单议: paid its cost 5,678,901 fen whatever its RW.
    const payment = payCase(compiled, caseOf({ drg: 'FM19', costFen: 5_678_901 }));
    expect(payment).toMatchObject({
      kind: 'case-by-case',
      paymentFen: 5_678_901,
      standardFen: null,
    });
    expect(payment.reason).toContain('单议病组 FM19');
  });

  it('measures outliers against the standard when the group has no mean cost', () => {
    // GZ15, 三级: 0.8 × 793,824 × 1.05 = 666,812.16 → 666,812 fen; no group mean, so
    // threshold = 3 × 666,812 = 2,000,436; cost 2,100,436: extra = 100,000 × 90% = 90,000;
    // payment = 666,812 + 90,000 = 756,812 fen.
    const payment = payCase(compiled, caseOf({ drg: 'GZ15', costFen: 2_100_436 }));
    expect(payment).toMatchObject({
      kind: 'high-outlier',
      reference: { kind: 'standard', fen: 666_812 },
      thresholdFen: 2_000_436,
      paymentFen: 756_812,
    });
  });

  it('pays the published standard when asked to', () => {
    const table = {
      ...exampleTable,
      groups: [{ drg: 'ES23', rw: '1.2345', caseByCase: false, standardFen: { 3: 1_030_000 } }],
    };
    const published = compilePaymentRule({ ...exampleRule, table, standard: 'published' });
    const payment = payCase(published, caseOf({ drg: 'ES23', costFen: 1_000_000 }));
    expect(payment.paymentFen).toBe(1_030_000);
    expect(payment.reason).toContain('公布的三级医院支付标准');
  });
});

describe('cases not paid by DRG fall back to fee-for-service with a reason', () => {
  const cases = [
    [caseOf({ drg: '0000', costFen: 234_567, status: GROUP_STATUS.ungroupable }), '无法入组'],
    [caseOf({ drg: 'GQY', costFen: 100, status: GROUP_STATUS.ambiguous }), '歧义病案'],
    [caseOf({ drg: '', costFen: 100, status: GROUP_STATUS.invalid }), '信息校验不通过'],
    [caseOf({ drg: 'ZZ99', costFen: 100 }), '病组 ZZ99 不在示例市权重表中'],
    [caseOf({ drg: 'CR19', costFen: 100 }), '病组 CR19 未设定权重'],
    [caseOf({ drg: 'BD29', costFen: 100, hospitalLevel: 2 }), '病组 BD29 未设定二级医院系数'],
    [caseOf({ drg: 'ES23', costFen: 100, hospitalLevel: 1 }), '病组 ES23 未设定一级医院系数'],
  ] as const;
  it.each(cases)('%#: %s', (groupedCase, reason) => {
    const payment = payCase(compiled, groupedCase);
    expect(payment.kind).toBe('fee-for-service');
    expect(payment.paymentFen).toBe(groupedCase.costFen);
    expect(payment.reason).toBe(`${reason}，按项目付费`);
  });
});

describe('rule checks', () => {
  it('names the wrong parameter', () => {
    const problems = checkPaymentRule({
      ...exampleRule,
      highMultiple: '0.3',
      highExcessRate: 12_000,
    });
    expect(problems).toContain('低倍率界值 0.4 应小于高倍率界值 0.3');
    expect(problems.join('')).toContain('highExcessRate');
    expect(() => payCase(compiled, caseOf({ drg: 'ES23', costFen: -1 }))).toThrow(/costFen/);
  });
});

describe('DRG revenue against fee-for-service', () => {
  it('totals per hospital and per DRG', () => {
    // H1: normal ES23 (cost 1,150,000 → 1,028,975) and high outlier (3,456,789 → 1,440,085):
    // fee-for-service 4,606,789, DRG 2,469,060, loss 2,137,729.
    // H2: FM19 at cost 500,000 → gain 0.
    const payments = payCases(exampleRule, [
      caseOf({ drg: 'ES23', costFen: 1_150_000 }),
      caseOf({ drg: 'ES23', costFen: 3_456_789 }),
      caseOf({ drg: 'FM19', costFen: 500_000, hospitalId: 'H2' }),
    ]);
    const { hospitals, groups } = compareWithFeeForService(payments);
    expect(
      hospitals.map((row) => [row.hospitalId, row.feeForServiceFen, row.drgFen, row.gainFen]),
    ).toEqual([
      ['H1', 4_606_789, 2_469_060, -2_137_729],
      ['H2', 500_000, 500_000, 0],
    ]);
    expect(hospitals[0]?.casesByKind).toMatchObject({ standard: 1, 'high-outlier': 1 });
    expect(groups.map((row) => `${row.hospitalId}/${row.drg}`)).toEqual(['H1/ES23', 'H2/FM19']);
  });
});

describe('invariants', () => {
  const drgs = ['ES23', 'GZ15', 'FM19', 'CR19', 'BD29', 'ZZ99', '0000'];
  it('never pays a negative amount, and pays cost whenever it is not a DRG standard', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...drgs),
        fc.integer({ min: 0, max: 1e11 }),
        fc.constantFrom(1, 2, 3),
        fc.constantFrom<'cost' | 'proportional'>('cost', 'proportional'),
        fc.integer({ min: 0, max: 10_000 }),
        (drg, costFen, level, lowPay, highExcessRate) => {
          const rule = compilePaymentRule({ ...exampleRule, lowPay, highExcessRate });
          const payment = payCase(
            rule,
            caseOf({ drg, costFen, hospitalLevel: level as 1 | 2 | 3 }),
          );
          if (payment.paymentFen < 0 || !Number.isSafeInteger(payment.paymentFen)) return false;
          if (payment.kind === 'fee-for-service' || payment.kind === 'case-by-case') {
            return payment.paymentFen === costFen;
          }
          return (
            payment.kind !== 'high-outlier' || payment.paymentFen >= (payment.standardFen ?? 0)
          );
        },
      ),
    );
  });
});
