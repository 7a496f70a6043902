// A small run end to end: three encounters at two hospitals, every figure worked by hand.
import { describe, expect, it } from 'vitest';
import { simulate, type SimulationInput } from '../../../src/core/simulate/simulate';
import { encounter, hospital, line, policyOf, rule } from './fixtures';
import { baseScenario } from './scenario-fixture';

// Prices from 2017-09-01: 诊察费 C1 12.00 (class A), 床位费 BED 35.00 a day. Both policies pay 50% with no
// deductible; after the reform 诊察费 gets a 5.00 quota per visit. Banan-style 90% floor, base = simulated.
const consultationQuota = {
  category: 'consultation' as const,
  per: 'visit' as const,
  quotaFen: 500,
};
const input: SimulationInput = {
  scenario: baseScenario({
    pricingDate: '2017-09-01',
    priceSchedule: [
      {
        itemCode: 'C1',
        level: 'all',
        priceFen: 1200,
        effectiveFrom: '2017-09-01',
        insuranceClass: 'A',
      },
      { itemCode: 'BED', level: 'all', priceFen: 3500, effectiveFrom: '2017-09-01' },
    ],
    reimbursement: {
      before: policyOf(rule({ ratio: 5000 }), 'before'),
      after: policyOf(
        rule({
          ratio: 5000,
          fixedAmounts: [{ ...consultationQuota, part: 'whole-line', remainder: 'ratio' }],
        }),
        'after',
      ),
    },
  }),
  hospitals: [
    hospital({ id: 'H2' }),
    hospital({ id: 'H3', level: 3, sponsor: 'state-enterprise' }),
  ],
  encounters: [
    encounter({
      id: 'E1',
      lines: [
        line({ itemCode: 'C1', category: 'consultation', unitPriceFen: 600, insuranceClass: 'B' }),
        line({ category: 'western-drug', unitPriceFen: 2300 }),
      ],
    }),
    encounter({
      id: 'E2',
      personId: 'P2',
      hospitalId: 'H3',
      scheme: 'self-pay',
      principalDiagnosis: 'I10.x00',
      lines: [
        line({ category: 'western-drug', unitPriceFen: 11_500 }),
        line({ category: 'tcm-decoction-pieces', unitPriceFen: 1000 }),
      ],
    }),
    encounter({
      id: 'E3',
      type: 'inpatient',
      startDate: '2017-06-01',
      endDate: '2017-06-04',
      principalDiagnosis: 'J18.1',
      lines: [
        line({ itemCode: 'BED', category: 'bed', unitPriceFen: 2000, quantity: 3 }),
        line({ category: 'laboratory', unitPriceFen: 5000 }),
      ],
    }),
  ],
};

describe('simulate', () => {
  const result = simulate(input);
  const byId = new Map(result.encounters.map((r) => [r.encounterId, r]));

  it('settles each encounter before and after', () => {
    // E1 before: 6.00 + 23.00 = 29.00, 50% → fund 14.50, patient 14.50.
    // after: 诊察费 12.00 (quota 5.00, rest 7.00) + drug 20.00 → fund 5.00 + 27.00 × 50% = 18.50, patient 13.50
    expect(byId.get('E1')?.before).toMatchObject({
      costFen: 2900,
      fundFen: 1450,
      outOfPocketFen: 1450,
    });
    expect(byId.get('E1')?.after).toMatchObject({
      costFen: 3200,
      fundFen: 1850,
      outOfPocketFen: 1350,
    });
    expect(byId.get('E1')?.effects).toEqual({
      lostMarkupFen: 300,
      abolishedFeeFen: 0,
      priceGainFen: 600,
    });
    // E2 self-pay: 115.00 + 10.00 → 100.00 + 10.00 (饮片 exempt): patient pays 15.00 less
    expect(byId.get('E2')?.outOfPocketChangeFen).toBe(-1500);
    // E3: bed 20.00 → 35.00 × 3 days = 105.00 + lab 50.00 = 155.00, 50% → patient 77.50 (before 55.00)
    expect(byId.get('E3')?.after).toMatchObject({
      costFen: 15_500,
      fundFen: 7750,
      outOfPocketFen: 7750,
    });
    expect(byId.get('E3')?.outOfPocketChangeFen).toBe(2250);
  });

  it('totals, and groups that add up to them', () => {
    // before: cost 29 + 125 + 110 = 264.00; fund 14.50 + 0 + 55.00 = 69.50; patient 194.50
    expect(result.total.before).toMatchObject({
      encounters: 3,
      costFen: 26_400,
      fundFen: 6950,
      outOfPocketFen: 19_450,
    });
    // after: cost 32 + 110 + 155 = 297.00; fund 18.50 + 77.50 = 96.00; patient 13.50 + 110 + 77.50 = 201.00
    expect(result.total.after).toMatchObject({
      costFen: 29_700,
      fundFen: 9600,
      outOfPocketFen: 20_100,
    });
    expect(result.total.after.revenueByCategoryFen).toMatchObject({
      consultation: 1200,
      'western-drug': 12_000,
      'tcm-decoction-pieces': 1000,
      bed: 10_500,
      laboratory: 5000,
    });
    expect(result.byDisease.map((g) => [g.key, g.after.costFen])).toEqual([
      ['I10', 11_000],
      ['J18', 18_700],
    ]);
    expect(result.byLevel.map((g) => [g.key, g.before.costFen, g.after.costFen])).toEqual([
      ['2', 13_900, 18_700],
      ['3', 12_500, 11_000],
    ]);
    expect(result.byScheme.map((g) => g.key)).toEqual(['resident-tier1', 'self-pay']);
    expect(result.fundChangeFen).toBe(2650);
  });

  it('spreads the out-of-pocket change over patients and diseases', () => {
    // P1: −1.00 + 22.50 = +21.50; P2: −15.00
    expect(result.outOfPocketChange.byPatient).toMatchObject({
      count: 2,
      payingMore: 1,
      minFen: -1500,
      maxFen: 2150,
    });
    expect(result.outOfPocketChange.byEncounter.percentilesFen[50]).toBe(-100);
    // J18: two encounters, −1.00 and +22.50 → mean +10.75; I10 got cheaper and is not listed
    expect(result.outOfPocketChange.worstHitDiseases).toEqual([
      { disease: 'J18', encounters: 2, totalChangeFen: 2150, meanChangeFen: 1075, payingMore: 1 },
    ]);
  });

  it('compensates each hospital and answers the three conditions', () => {
    const [h2, h3] = result.hospitals;
    // H2: lost 3.00, prices +6.00 +45.00 = 51.00 → over 90% without subsidy
    expect(h2).toMatchObject({
      lostMarkupFen: 300,
      priceGainFen: 5100,
      requiredSubsidyFen: 0,
      reachesTarget: true,
    });
    // H3 (state enterprise): lost 15.00, no price gain → 90% = 13.50 from its original channel
    expect(h3?.requiredSubsidyFen).toBe(1350);
    expect(result.subsidy).toEqual({
      totalFen: 1350,
      payers: { city: 0, district: 0, originalChannel: 1350 },
    });
    expect(result.conditions.hospitalsRunSoundly).toMatchObject({
      holds: true,
      reachingByPricesAlone: 1,
    });
    // fund +26.50 with no headroom → does not hold; patients +6.50 overall → does not hold
    expect(result.conditions.fundCanBear).toMatchObject({
      holds: false,
      changeFen: 2650,
      limitFen: 0,
    });
    expect(result.conditions.burdenDoesNotRise).toMatchObject({
      holds: false,
      changeFen: 650,
      patientsPayingMore: 1,
    });
  });

  it('reports every problem in the bills by encounter, line and field', () => {
    const bad = {
      ...input,
      encounters: [
        encounter({
          id: 'E9',
          hospitalId: 'H?',
          lines: [
            {
              ...line({ category: 'treatment', unitPriceFen: 600, quantity: 2 }),
              lineNo: 3,
              amountFen: 1250,
            },
          ],
        }),
      ],
    };
    expect(() => simulate(bad)).toThrow(
      /encounter E9, hospitalId[\s\S]*encounter E9 line 3, amountFen: 1250 ≠ quantity 2 × price 600/,
    );
  });
});
