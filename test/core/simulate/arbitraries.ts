// Random hospitals, bill lines, encounter fields and benefit rules shared by the simulation property tests
// (core and bulk); each test builds its own encounters and scenarios from these.
import fc from 'fast-check';
import type { BillLine, Hospital } from '../../../src/core/simulate/bills';
import type { ChargeCategory } from '../../../src/core/simulate/categories';
import type {
  BenefitRule,
  CompensationRule,
  FixedAmountRule,
} from '../../../src/core/simulate/scenario';
import { multiplyByQuantity } from '../../../src/core/shared/money';

export const hospitals: Hospital[] = [
  { id: 'H1', name: '一级', level: 1, sponsor: 'government' },
  {
    id: 'H2',
    name: '二级',
    level: 2,
    sponsor: 'government',
    fundingShares: { city: 3333, district: 6667 },
  },
  { id: 'H3', name: '三级', level: 3, sponsor: 'state-enterprise' },
];

export interface BillItem {
  code: string;
  category: ChargeCategory;
  tag?: BillLine['tag'];
}

/** One item of each kind the rules treat apart: drugs, tagged fees, large equipment. */
export const billItems: BillItem[] = [
  { code: 'C1', category: 'consultation' },
  { code: 'BED', category: 'bed' },
  { code: 'CT', category: 'examination', tag: 'large-equipment' },
  { code: 'LAB', category: 'laboratory' },
  { code: 'PH', category: 'other', tag: 'pharmacy-service-fee' },
  { code: 'D1', category: 'western-drug' },
  { code: 'D2', category: 'tcm-patent-drug' },
  { code: 'D3', category: 'tcm-decoction-pieces' },
  { code: 'M1', category: 'health-materials' },
  { code: 'S1', category: 'surgery' },
];

/** Whole counts, or fractions to the thousandth as drugs are dispensed. */
const quantityArb = fc.oneof(
  fc.integer({ min: 1, max: 30 }),
  fc.integer({ min: 1, max: 20_000 }).map((t) => t / 1000),
);

/** A bill line of one of `items`, numbered 0 (the encounter numbers its lines). */
export const billLineArb = (items: readonly BillItem[] = billItems): fc.Arbitrary<BillLine> =>
  fc
    .record({
      item: fc.constantFrom(...items),
      insuranceClass: fc.constantFrom('A' as const, 'B' as const, 'C' as const),
      quantity: quantityArb,
      unitPriceFen: fc.integer({ min: 0, max: 500_000 }),
    })
    .map(({ item, insuranceClass, quantity, unitPriceFen }) => ({
      lineNo: 0,
      itemCode: item.code,
      category: item.category,
      ...(item.tag ? { tag: item.tag } : {}),
      insuranceClass,
      quantity,
      unitPriceFen,
      amountFen: multiplyByQuantity(unitPriceFen, quantity),
    }));

/** Who, where, under which scheme and what kind of visit: fields to spread into an encounter record. */
export const encounterFieldArbs = {
  personId: fc.constantFrom('P1', 'P2', 'P3', 'P4'),
  hospitalId: fc.constantFrom('H1', 'H2', 'H3'),
  scheme: fc.constantFrom(
    'employee' as const,
    'resident-tier1' as const,
    'resident-tier2' as const,
    'self-pay' as const,
  ),
  type: fc.constantFrom('outpatient' as const, 'inpatient' as const),
};

/** A benefit rule with up to `maxFixedAmounts` fixed-amount rules drawn from `fixedAmountArb`. */
export const benefitRuleArb = (
  fixedAmountArb: fc.Arbitrary<FixedAmountRule>,
  maxFixedAmounts: number,
): fc.Arbitrary<BenefitRule> =>
  fc.record({
    deductibleFen: fc.integer({ min: 0, max: 100_000 }),
    deductibleBasis: fc.constantFrom('encounter' as const, 'year' as const),
    ratio: fc.integer({ min: 0, max: 10_000 }),
    annualCapFen: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }),
    pool: fc.constantFrom('inpatient', 'outpatient'),
    classBSelfPayShare: fc.integer({ min: 0, max: 10_000 }),
    fixedAmounts: fc.array(fixedAmountArb, { maxLength: maxFixedAmounts }),
  });

/** A split compensation with dynamic top-up, paid by the city for government hospitals. */
export const splitCompensation = (): CompensationRule => ({
  kind: 'split',
  priceShare: 8000,
  governmentShare: 1500,
  hospitalShare: 500,
  topUpPriceShortfall: true,
  fundingShares: { city: 10_000, district: 0 },
  fiscalSponsors: ['government'],
});
