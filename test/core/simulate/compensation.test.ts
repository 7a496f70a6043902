// The three compensation rules with exact fen: Harbin 80/15/5 on 15% of 2016 drug spending with dynamic
// top-up, Ziyang 70/20/10, Banan top-up to a 90% compensation rate shared city/district.
import { describe, expect, it } from 'vitest';
import { compensate } from '../../../src/core/simulate/compensation';
import type { CompensationRule } from '../../../src/core/simulate/scenario';
import { hospital } from './fixtures';

describe('Harbin: 价格80%、政府15%、医院5%, 补偿额按2016年度药品费的15%测算, 动态兜底', () => {
  const rule: CompensationRule = {
    kind: 'split',
    priceShare: 8000,
    governmentShare: 1500,
    hospitalShare: 500,
    topUpPriceShortfall: true,
    fundingShares: { city: 10_000, district: 0 },
    fiscalSponsors: ['government'],
  };
  const result = compensate(
    hospital({ id: 'HRB1', level: 3 }),
    { lostMarkupFen: 1_300_000, abolishedFeeFen: 0, priceGainFen: 1_000_000 },
    rule,
    { kind: 'base-year-drug-spending', year: 2016, share: 1500 },
    { drugSpendingFen: 10_000_000 },
  );

  it('takes the base from 2016 drug spending, not from the simulated markup', () => {
    // 2016 drug spending 100,000.00 × 15% = 15,000.00
    expect(result.baseFen).toBe(1_500_000);
    expect(result.baseSource).toBe('base-year-drug-spending');
  });

  it('splits the base and tops up the price shortfall', () => {
    // prices 15,000 × 80% = 12,000.00; government × 15% = 2,250.00; hospital × 5% = 750.00
    expect(result.split).toEqual({
      priceFen: 1_200_000,
      governmentFen: 225_000,
      hospitalFen: 75_000,
    });
    // prices brought 10,000.00, short of 12,000.00 by 2,000.00 → subsidy 2,250.00 + 2,000.00 = 4,250.00
    expect(result.requiredSubsidyFen).toBe(425_000);
    // compensated 10,000 + 4,250 = 14,250.00 = target 95% of 15,000.00; the hospital bears its 750.00
    expect(result.targetFen).toBe(1_425_000);
    expect(result.reachesTarget).toBe(true);
    expect(result.hospitalBearsFen).toBe(75_000);
    // compensation rate by prices 10,000 / 15,000; paid by the sponsor's level (city)
    expect(result.compensationRate).toEqual({ numerator: 1_000_000, denominator: 1_500_000 });
    expect(result.subsidyPayers).toEqual({ city: 425_000, district: 0, originalChannel: 0 });
  });
});

describe('Ziyang: 70%价格、20%财政、10%医院, no top-up', () => {
  const rule: CompensationRule = {
    kind: 'split',
    priceShare: 7000,
    governmentShare: 2000,
    hospitalShare: 1000,
    topUpPriceShortfall: false,
    fundingShares: { city: 10_000, district: 0 },
    fiscalSponsors: ['government'],
  };
  const result = compensate(
    hospital({ id: 'ZY1' }),
    { lostMarkupFen: 1_000_001, abolishedFeeFen: 0, priceGainFen: 600_000 },
    rule,
    { kind: 'simulated' },
    undefined,
  );

  it('splits the simulated lost markup exactly', () => {
    // 10,000.01 × 70% = 7,000.007, × 20% = 2,000.002, × 10% = 1,000.001 → 7,000.01 / 2,000.00 / 1,000.00
    expect(result.split).toEqual({
      priceFen: 700_001,
      governmentFen: 200_000,
      hospitalFen: 100_000,
    });
  });

  it('pays the government share only, and the hospital carries the price shortfall', () => {
    expect(result.requiredSubsidyFen).toBe(200_000);
    // target 90%: 7,000.01 + 2,000.00 = 9,000.01; compensated 6,000 + 2,000 = 8,000.00 → falls short
    expect(result.targetFen).toBe(900_001);
    expect(result.reachesTarget).toBe(false);
    // the hospital bears 10,000.01 − 8,000.00 = 2,000.01
    expect(result.hospitalBearsFen).toBe(200_001);
  });
});

describe('Banan: 补偿率不足90%的由市、区两级财政补助，确保补偿率达到90%', () => {
  const rule: CompensationRule = {
    kind: 'floor',
    floorRate: 9000,
    fundingShares: { city: 4000, district: 6000 },
    fiscalSponsors: ['government'],
  };
  const base = { kind: 'base-year-markup', year: 2016 } as const;

  it('tops up to 90% of the 2016 markup, shared by funding relationship', () => {
    const result = compensate(
      hospital({ id: 'BN1' }),
      { lostMarkupFen: 1_800_000, abolishedFeeFen: 100_000, priceGainFen: 1_500_000 },
      rule,
      base,
      { markupRevenueFen: 2_000_000 },
    );
    // base 2016 markup 20,000.00; prices bring 15,000.00 = 75%; 90% is 18,000.00 → subsidy 3,000.00
    expect(result.compensationRate).toEqual({ numerator: 1_500_000, denominator: 2_000_000 });
    expect(result.requiredSubsidyFen).toBe(300_000);
    // city 40% = 1,200.00, district 60% = 1,800.00
    expect(result.subsidyPayers).toEqual({ city: 120_000, district: 180_000, originalChannel: 0 });
    expect(result.totalCompensationRate).toEqual({ numerator: 1_800_000, denominator: 2_000_000 });
    expect(result.hospitalBearsFen).toBe(200_000);
  });

  it('needs no subsidy when prices reach 90% alone', () => {
    const result = compensate(
      hospital({ id: 'BN2' }),
      { lostMarkupFen: 0, abolishedFeeFen: 0, priceGainFen: 1_900_000 },
      rule,
      base,
      { markupRevenueFen: 2_000_000 },
    );
    expect(result.requiredSubsidyFen).toBe(0);
    expect(result.reachesTarget).toBe(true);
  });

  it('rounds the 90% target once and splits the subsidy to the fen', () => {
    const result = compensate(
      hospital({ id: 'BN3', fundingShares: { city: 3333, district: 6667 } }),
      { lostMarkupFen: 0, abolishedFeeFen: 0, priceGainFen: 1_000_000 },
      rule,
      base,
      { markupRevenueFen: 1_234_567 },
    );
    // 12,345.67 × 90% = 11,111.103 → 11,111.10; subsidy 11,111.10 − 10,000.00 = 1,111.10
    expect(result.requiredSubsidyFen).toBe(111_110);
    // city 1,111.10 × 33.33% = 370.32963, district × 66.67% = 740.77037 → 370.32 + 740.77 = 1,111.09;
    // the fen left goes to the larger remainder (city): 370.33 + 740.77 = 1,111.10
    expect(result.subsidyPayers).toEqual({ city: 37_033, district: 74_077, originalChannel: 0 });
  });

  it('sends other sponsors to their original channel, and falls back to the simulated base with a warning', () => {
    const result = compensate(
      hospital({ id: 'BN9', sponsor: 'state-enterprise' }),
      { lostMarkupFen: 900_000, abolishedFeeFen: 100_000, priceGainFen: 500_000 },
      rule,
      base,
      undefined,
    );
    // no 2016 figure: base = simulated lost markup 9,000 + abolished fee 1,000 = 10,000.00; 90% − 5,000 = 4,000.00
    expect(result.baseSource).toBe('simulated');
    expect(result.warning).toMatch(/2016/);
    expect(result.requiredSubsidyFen).toBe(400_000);
    expect(result.subsidyPayers).toEqual({ city: 0, district: 0, originalChannel: 400_000 });
  });
});
