// Properties on random bills and policies: every total reconciles to the fen, nobody pays a negative
// amount, markup removal never raises a drug line, and a run does not depend on input order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Encounter } from '../../../src/core/simulate/bills';
import { CHARGE_CATEGORIES, type ChargeCategory } from '../../../src/core/simulate/categories';
import { repriceLine } from '../../../src/core/simulate/reprice';
import type { FixedAmountRule, Scenario } from '../../../src/core/simulate/scenario';
import {
  simulate,
  type SimulationInput,
  type SimulationResult,
} from '../../../src/core/simulate/simulate';
import { sumTotals } from '../../../src/core/simulate/totals';
import { sumFen } from '../../../src/core/shared/money';
import {
  benefitRuleArb,
  billLineArb,
  encounterFieldArbs,
  hospitals,
  splitCompensation,
} from './arbitraries';
import { encounter, policyOf } from './fixtures';
import { baseScenario } from './scenario-fixture';

const lineArb = billLineArb();

const dateArb = fc
  .record({ year: fc.constantFrom(2016, 2017, 2018), day: fc.integer({ min: 0, max: 364 }) })
  .map(({ year, day }) => new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 10));

const encounterArb = fc
  .record({
    ...encounterFieldArbs,
    date: dateArb,
    principalDiagnosis: fc.constantFrom('J18.9', 'I10.x00', 'K35.8', 'E11.9', '?'),
    lines: fc.array(lineArb, { maxLength: 8 }),
  })
  .map((r) =>
    encounter({
      ...r,
      startDate: r.date,
      endDate: r.date,
      lines: r.lines.map((l, i) => ({ ...l, lineNo: i + 1 })),
    }),
  );

const fixedArb: fc.Arbitrary<FixedAmountRule> = fc.record({
  category: fc.constantFrom<ChargeCategory>('consultation', 'bed'),
  per: fc.constantFrom('visit' as const, 'day' as const),
  quotaFen: fc.integer({ min: 0, max: 5000 }),
  part: fc.constantFrom('whole-line' as const, 'raised-part' as const),
  remainder: fc.constantFrom('ratio' as const, 'self-pay' as const),
});

const ruleArb = benefitRuleArb(fixedArb, 2);

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    before: ruleArb,
    after: ruleArb,
    rate: fc.integer({ min: 0, max: 5000 }),
    prices: fc.array(
      fc.record({
        itemCode: fc.constantFrom('C1', 'BED', 'CT', 'S1'),
        level: fc.constantFrom(1 as const, 2 as const, 3 as const, 'all' as const),
        priceFen: fc.integer({ min: 0, max: 600_000 }),
        effectiveFrom: fc.constantFrom('2016-06-01', '2017-09-01'),
      }),
      { maxLength: 6 },
    ),
    pricingDate: fc.constantFrom(null, '2017-09-01'),
    split: fc.boolean(),
  })
  .map(({ before, after, rate, prices, pricingDate, split }) =>
    baseScenario({
      pricingDate,
      markup: { ...baseScenario().markup, rate },
      priceSchedule: prices,
      reimbursement: { before: policyOf(before, 'before'), after: policyOf(after, 'after') },
      ...(split
        ? {
            compensation: splitCompensation(),
          }
        : {}),
    }),
  );

const inputArb: fc.Arbitrary<SimulationInput> = fc
  .record({ scenario: scenarioArb, encounters: fc.array(encounterArb, { maxLength: 12 }) })
  .map(({ scenario, encounters }) => ({
    scenario,
    hospitals,
    encounters: encounters.map((e, i): Encounter => ({ ...e, id: `E${i + 1}` })),
  }));

const runs = { numRuns: 150 };

function checkReconciled(result: SimulationResult): void {
  for (const side of ['before', 'after'] as const) {
    const fromEncounters = sumTotals(
      result.encounters.map((r) => (side === 'before' ? r.beforeTotals : r.afterTotals)),
    );
    expect(result.total[side]).toEqual(fromEncounters);
    expect(result.total[side].fundFen + result.total[side].outOfPocketFen).toBe(
      result.total[side].costFen,
    );
    for (const grouping of [result.byDisease, result.byHospital, result.byLevel, result.byScheme]) {
      expect(sumTotals(grouping.map((g) => g[side]))).toEqual(result.total[side]);
    }
  }
  for (const r of result.encounters) {
    for (const s of [r.before, r.after]) {
      expect(s.fundFen + s.outOfPocketFen).toBe(s.costFen);
      expect(s.fixedAmountFen + s.ratioPaymentFen).toBe(s.fundFen);
      const patientParts = [
        s.selfPaidFen,
        s.classBSelfPayFen,
        s.fixedRemainderFen,
        s.deductibleFen,
        s.coPaymentFen,
        s.overCapFen,
      ];
      expect(sumFen(patientParts)).toBe(s.outOfPocketFen);
    }
  }
  const subsidies = result.hospitals.map((h) => h.requiredSubsidyFen);
  expect(sumFen(subsidies)).toBe(result.subsidy.totalFen);
  const { city, district, originalChannel } = result.subsidy.payers;
  expect(city + district + originalChannel).toBe(result.subsidy.totalFen);
  const effects = result.hospitals.map((h) => h.priceGainFen - h.lostMarkupFen - h.abolishedFeeFen);
  expect(result.total.after.costFen - result.total.before.costFen).toBe(sumFen(effects));
  expect(result.fundChangeFen).toBe(result.total.after.fundFen - result.total.before.fundFen);
}

describe('simulation properties', () => {
  it('reconciles every total to the fen', () => {
    fc.assert(
      fc.property(inputArb, (input) => checkReconciled(simulate(input))),
      runs,
    );
  });

  it('never makes anyone pay a negative amount, and the fund never pays more than the cost', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = simulate(input);
        for (const r of result.encounters) {
          for (const s of [r.before, r.after]) {
            for (const value of Object.values(s)) expect(value).toBeGreaterThanOrEqual(0);
            expect(s.fundFen).toBeLessThanOrEqual(s.costFen);
          }
        }
        // a floor, or a split with dynamic top-up, always brings every hospital to its target
        expect(result.conditions.hospitalsRunSoundly.holds).toBe(true);
        for (const h of result.hospitals) {
          expect(h.requiredSubsidyFen).toBeGreaterThanOrEqual(0);
          for (const value of Object.values(h.subsidyPayers))
            expect(value).toBeGreaterThanOrEqual(0);
        }
      }),
      runs,
    );
  });

  it('is deterministic and independent of the order encounters come in', () => {
    fc.assert(
      fc.property(inputArb, fc.infiniteStream(fc.integer()), (input, noise) => {
        const first = simulate(input);
        expect(simulate(structuredClone(input))).toEqual(first);
        const keys = input.encounters.map(() => noise.next().value as number);
        const shuffled = input.encounters
          .map((e, i) => ({ e, k: keys[i] ?? 0 }))
          .sort((a, b) => a.k - b.k);
        const again = simulate({ ...input, encounters: shuffled.map((x) => x.e) });
        const byId = new Map(again.encounters.map((r) => [r.encounterId, r]));
        for (const r of first.encounters) expect(byId.get(r.encounterId)).toEqual(r);
        expect(again.total).toEqual(first.total);
        expect(again.hospitals).toEqual(first.hospitals);
        expect(again.byDisease).toEqual(first.byDisease);
      }),
      { numRuns: 60 },
    );
  });
});

describe('markup removal', () => {
  it('never raises a drug line, and only drug lines lose markup', () => {
    fc.assert(
      fc.property(
        lineArb,
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom(...hospitals),
        (billLine, rate, h) => {
          const scenario = baseScenario({
            pricingDate: '2017-09-01',
            markup: { ...baseScenario().markup, rate },
          });
          const repriced = repriceLine(billLine, encounter({ lines: [billLine] }), h, scenario);
          if (
            ['western-drug', 'tcm-patent-drug', 'tcm-decoction-pieces'].includes(billLine.category)
          ) {
            expect(repriced.after.amountFen).toBeLessThanOrEqual(billLine.amountFen);
            expect(repriced.lostMarkupFen).toBe(billLine.amountFen - repriced.after.amountFen);
          } else {
            expect(repriced.lostMarkupFen).toBe(0);
          }
          expect(CHARGE_CATEGORIES).toContain(repriced.after.category);
        },
      ),
      { numRuns: 500 },
    );
  });
});
