// Small builders for simulator tests: hospitals, bill lines, encounters and a benefit rule, in fen.

import type { BillLine, Encounter, Hospital } from '../../../src/core/simulate/bills';
import type { BenefitRule, ReimbursementPolicy } from '../../../src/core/simulate/scenario';
import { multiplyByQuantity } from '../../../src/core/shared/money';

export const hospital = (over: Partial<Hospital> = {}): Hospital => ({
  id: 'H2',
  name: '区人民医院',
  level: 2,
  sponsor: 'government',
  ...over,
});

let nextLine = 1;
export function line(
  over: Partial<BillLine> & Pick<BillLine, 'category' | 'unitPriceFen'>,
): BillLine {
  const quantity = over.quantity ?? 1;
  return {
    lineNo: nextLine++,
    itemCode: over.itemCode ?? over.category,
    insuranceClass: 'A',
    quantity,
    amountFen: multiplyByQuantity(over.unitPriceFen, quantity),
    ...over,
  };
}

export function encounter(over: Partial<Encounter> & Pick<Encounter, 'lines'>): Encounter {
  return {
    id: 'E1',
    personId: 'P1',
    hospitalId: 'H2',
    scheme: 'resident-tier1',
    type: 'outpatient',
    startDate: '2017-10-09',
    endDate: '2017-10-09',
    principalDiagnosis: 'J18.9',
    ...over,
  };
}

export const rule = (over: Partial<BenefitRule> = {}): BenefitRule => ({
  deductibleFen: 0,
  deductibleBasis: 'encounter',
  ratio: 0,
  annualCapFen: null,
  pool: 'inpatient',
  classBSelfPayShare: 0,
  fixedAmounts: [],
  ...over,
});

/** A policy with one rule for every insured scheme, level and encounter type. */
export const policyOf = (benefit: BenefitRule, id = 'test'): ReimbursementPolicy => ({
  id,
  effectiveFrom: '2016-01-01',
  rules: (['employee', 'resident-tier1', 'resident-tier2'] as const).flatMap((scheme) =>
    (['outpatient', 'inpatient'] as const).map((encounterType) => ({
      scheme,
      level: 'all' as const,
      encounterType,
      rule: benefit,
    })),
  ),
});
