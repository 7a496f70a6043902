// Markup removal (Banan 三（一）: “全部取消药品加成（不含中药饮片）……取消药事服务费”) and schedule prices.
import { describe, expect, it } from 'vitest';
import { repriceEncounter, repriceLine, schedulePrice } from '../../../src/core/simulate/reprice';
import type { PriceScheduleEntry } from '../../../src/core/simulate/scenario';
import { encounter, hospital, line } from './fixtures';
import { baseScenario } from './scenario-fixture';

describe('markup removal, decoction pieces exempt', () => {
  const scenario = baseScenario();
  const visit = encounter({
    lines: [
      line({ category: 'western-drug', unitPriceFen: 1150, quantity: 2 }),
      line({ category: 'tcm-patent-drug', unitPriceFen: 1000, quantity: 3 }),
      line({ category: 'tcm-decoction-pieces', unitPriceFen: 345, quantity: 10 }),
      line({ category: 'other', tag: 'pharmacy-service-fee', unitPriceFen: 1300 }),
      line({ category: 'laboratory', unitPriceFen: 2500 }),
    ],
  });
  const [western, patent, pieces, pharmacy, laboratory] = repriceEncounter(
    visit,
    hospital(),
    scenario,
  ).lines;

  it('sells western drugs at purchase price', () => {
    // 11.50 = purchase × 1.15 → purchase 11.50 ÷ 1.15 = 10.00; × 2 = 20.00; markup lost 23.00 − 20.00 = 3.00
    expect(western?.after.unitPriceFen).toBe(1000);
    expect(western?.after.amountFen).toBe(2000);
    expect(western?.lostMarkupFen).toBe(300);
  });

  it('rounds the purchase price to the fen before multiplying', () => {
    // 10.00 ÷ 1.15 = 8.6957 → 8.70; × 3 = 26.10; markup lost 30.00 − 26.10 = 3.90
    expect(patent?.after.unitPriceFen).toBe(870);
    expect(patent?.after.amountFen).toBe(2610);
    expect(patent?.lostMarkupFen).toBe(390);
  });

  it('keeps the markup on 中药饮片', () => {
    // exempt: 3.45 × 10 = 34.50 before and after
    expect(pieces?.change).toBe('unchanged');
    expect(pieces?.after.amountFen).toBe(3450);
    expect(pieces?.lostMarkupFen).toBe(0);
  });

  it('drops the pharmacy service fee (药事服务费) and leaves other lines', () => {
    expect(pharmacy?.change).toBe('abolished');
    expect(pharmacy?.after.amountFen).toBe(0);
    expect(pharmacy?.abolishedFen).toBe(1300);
    expect(laboratory?.change).toBe('unchanged');
  });

  it('leaves drugs alone before the reform date and at hospitals that dropped the markup earlier', () => {
    const before = encounter({
      startDate: '2017-08-31',
      endDate: '2017-08-31',
      lines: [line({ category: 'western-drug', unitPriceFen: 1150 })],
    });
    expect(repriceEncounter(before, hospital(), scenario).lines[0]?.change).toBe('unchanged');
    // pricing date set: every line priced as on 2017-09-01, whatever its own date
    const counterfactual = baseScenario({ pricingDate: '2017-09-01' });
    expect(repriceEncounter(before, hospital(), counterfactual).lines[0]?.after.amountFen).toBe(
      1000,
    );
    const earlier = baseScenario({
      markup: { ...scenario.markup, hospitalsWithoutMarkup: ['H2'] },
    });
    expect(repriceLine(visit.lines[0]!, visit, hospital(), earlier).change).toBe('unchanged');
  });
});

describe('price schedule by item, level and date', () => {
  const entries: PriceScheduleEntry[] = [
    { itemCode: '110200001', level: 'all', priceFen: 800, effectiveFrom: '2017-09-01' },
    {
      itemCode: '110200001',
      level: 2,
      priceFen: 1200,
      effectiveFrom: '2017-09-01',
      insuranceClass: 'A',
    },
    { itemCode: '110200001', level: 2, priceFen: 1500, effectiveFrom: '2018-01-01' },
    {
      itemCode: '210300001',
      level: 'all',
      priceFen: 40_000,
      effectiveFrom: '2017-09-01',
      effectiveTo: '2017-12-31',
    },
  ];

  it('prefers the level-specific entry, then the latest one in force', () => {
    expect(schedulePrice(entries, '110200001', 2, '2017-10-01')?.priceFen).toBe(1200);
    expect(schedulePrice(entries, '110200001', 3, '2017-10-01')?.priceFen).toBe(800);
    expect(schedulePrice(entries, '110200001', 2, '2018-03-01')?.priceFen).toBe(1500);
    expect(schedulePrice(entries, '110200001', 2, '2017-08-31')).toBeUndefined();
    expect(schedulePrice(entries, '210300001', 3, '2018-01-01')).toBeUndefined();
  });

  it('re-prices a consultation and makes it class A; a cut price is a negative change', () => {
    const scenario = baseScenario({ priceSchedule: entries });
    const visit = encounter({
      lines: [
        line({
          itemCode: '110200001',
          category: 'consultation',
          unitPriceFen: 600,
          insuranceClass: 'B',
        }),
        line({
          itemCode: '210300001',
          category: 'examination',
          tag: 'large-equipment',
          unitPriceFen: 45_000,
        }),
      ],
    });
    const [consultation, ct] = repriceEncounter(visit, hospital(), scenario).lines;
    // 诊察费 6.00 → 12.00 at a level-2 hospital: +6.00, all of it a raised part
    expect(consultation?.after.amountFen).toBe(1200);
    expect(consultation?.after.insuranceClass).toBe('A');
    expect(consultation?.priceChangeFen).toBe(600);
    expect(consultation?.raisedPartFen).toBe(600);
    // 大型设备检查 450.00 → 400.00: −50.00, no raised part
    expect(ct?.priceChangeFen).toBe(-5000);
    expect(ct?.raisedPartFen).toBe(0);
  });
});
