// Random bills and scenarios for the bulk-vs-core property test: the core property test's shapes, extended
// with what only a file-based engine can get wrong — multi-day stays, service dates, per-visit and
// item-code quotas, yearly deductibles that differ by level, persons who change scheme within a year.
import fc from 'fast-check';
import type { Encounter } from '../../src/core/simulate/bills';
import type { ChargeCategory } from '../../src/core/simulate/categories';
import type {
  FixedAmountRule,
  ReimbursementPolicy,
  Scenario,
} from '../../src/core/simulate/scenario';
import {
  benefitRuleArb,
  billItems,
  billLineArb,
  encounterFieldArbs,
  splitCompensation,
  type BillItem,
} from '../core/simulate/arbitraries';
import { encounter, policyOf } from '../core/simulate/fixtures';
import { baseScenario } from '../core/simulate/scenario-fixture';

export { hospitals } from '../core/simulate/arbitraries';

const items: BillItem[] = [...billItems, { code: 'C2', category: 'consultation' }];

const isoDay = (year: number, day: number) =>
  new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 10);

const lineArb = fc.record({
  line: billLineArb(items),
  serviceDay: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
});

const encounterArb = fc
  .record({
    ...encounterFieldArbs,
    year: fc.constantFrom(2016, 2017, 2018),
    day: fc.integer({ min: 0, max: 350 }),
    stay: fc.integer({ min: 0, max: 12 }),
    principalDiagnosis: fc.constantFrom('J18.9', 'I10.x00', 'K35.8', 'E11.9', '?', ' c34.1'),
    lines: fc.array(lineArb, { minLength: 1, maxLength: 8 }),
  })
  .map((r) => {
    const startDate = isoDay(r.year, r.day);
    const stay = r.type === 'inpatient' ? r.stay : 0;
    return encounter({
      personId: r.personId,
      hospitalId: r.hospitalId,
      scheme: r.scheme,
      type: r.type,
      principalDiagnosis: r.principalDiagnosis,
      startDate,
      endDate: isoDay(r.year, r.day + stay),
      lines: r.lines.map(({ line, serviceDay }, i) => ({
        ...line,
        lineNo: i + 1,
        ...(serviceDay !== undefined
          ? { serviceDate: isoDay(r.year, r.day + Math.min(serviceDay, stay)) }
          : {}),
      })),
    });
  });

const fixedArb: fc.Arbitrary<FixedAmountRule> = fc.record(
  {
    category: fc.constantFrom<ChargeCategory>('consultation', 'bed'),
    itemCodes: fc.constantFrom(['C1'], ['C2', 'BED']),
    per: fc.constantFrom('visit' as const, 'day' as const),
    quotaFen: fc.integer({ min: 0, max: 5000 }),
    part: fc.constantFrom('whole-line' as const, 'raised-part' as const),
    remainder: fc.constantFrom('ratio' as const, 'self-pay' as const),
  },
  { requiredKeys: ['category', 'per', 'quotaFen', 'part', 'remainder'] },
);

const ruleArb = benefitRuleArb(fixedArb, 3);

/** One rule everywhere (as the core test), or a rule per level sharing pools (limits then differ). */
const policyArb = (id: string): fc.Arbitrary<ReimbursementPolicy> =>
  fc.oneof(
    ruleArb.map((rule) => policyOf(rule, id)),
    fc.tuple(ruleArb, ruleArb, ruleArb).map(([r1, r2, r3]) => {
      const base = policyOf(r1, id);
      return {
        ...base,
        rules: base.rules.flatMap((entry) => [
          { ...entry, level: 1 as const, rule: r1 },
          { ...entry, level: 2 as const, rule: { ...r2, pool: r1.pool } },
          { ...entry, level: 'all' as const, rule: { ...r3, pool: r1.pool } },
        ]),
      };
    }),
  );

export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    before: policyArb('before'),
    after: policyArb('after'),
    rate: fc.integer({ min: 0, max: 5000 }),
    prices: fc.array(
      fc.record(
        {
          itemCode: fc.constantFrom('C1', 'C2', 'BED', 'CT', 'S1', 'PH', 'D1'),
          level: fc.constantFrom(1 as const, 2 as const, 3 as const, 'all' as const),
          priceFen: fc.integer({ min: 0, max: 600_000 }),
          effectiveFrom: fc.constantFrom('2016-06-01', '2017-09-01', '2017-03-15'),
          effectiveTo: fc.constantFrom('2017-12-31', '2018-06-30'),
          insuranceClass: fc.constantFrom('A' as const, 'B' as const, 'C' as const),
        },
        { requiredKeys: ['itemCode', 'level', 'priceFen', 'effectiveFrom'] },
      ),
      { maxLength: 6 },
    ),
    pricingDate: fc.constantFrom(null, '2017-09-01'),
    withoutMarkup: fc.subarray(['H1', 'H2', 'H3']),
    split: fc.boolean(),
  })
  .map(({ before, after, rate, prices, pricingDate, withoutMarkup, split }) =>
    baseScenario({
      pricingDate,
      markup: { ...baseScenario().markup, rate, hospitalsWithoutMarkup: withoutMarkup },
      priceSchedule: prices,
      reimbursement: { before, after },
      ...(split
        ? {
            compensation: splitCompensation(),
          }
        : {}),
    }),
  );

export const encountersArb: fc.Arbitrary<Encounter[]> = fc
  .array(encounterArb, { minLength: 1, maxLength: 14 })
  .map((list) => list.map((e, i): Encounter => ({ ...e, id: `E${i + 1}` })));
