// A blank scenario to start from when no plan's preset fits: every scheme and level covered, all figures
// zero (no reimbursement, no subsidy floor), for the user to fill in.
import type {
  BenefitRuleEntry,
  ReimbursementPolicy,
  Scenario,
} from '../../../core/simulate/scenario';

const SCHEMES: BenefitRuleEntry['scheme'][] = ['employee', 'resident-tier1', 'resident-tier2'];

function zeroPolicy(id: string, effectiveFrom: string): ReimbursementPolicy {
  const rules: BenefitRuleEntry[] = SCHEMES.flatMap((scheme) =>
    (['inpatient', 'outpatient'] as const).map((encounterType) => ({
      scheme,
      level: 'all' as const,
      encounterType,
      rule: {
        deductibleFen: 0,
        deductibleBasis: encounterType === 'inpatient' ? ('encounter' as const) : ('year' as const),
        ratio: 0,
        annualCapFen: null,
        pool: encounterType,
        classBSelfPayShare: 0,
        fixedAmounts: [],
      },
    })),
  );
  return { id, effectiveFrom, rules };
}

export function blankScenario(name: string, reformDate: string): Scenario {
  return {
    schemaVersion: 1,
    id: 'blank',
    name,
    version: 1,
    pricingDate: reformDate,
    markup: {
      effectiveFrom: reformDate,
      rate: 1500,
      exemptCategories: ['tcm-decoction-pieces'],
      hospitalsWithoutMarkup: [],
      abolishedTags: [],
    },
    priceSchedule: [],
    reimbursement: {
      before: zeroPolicy('before', `${reformDate.slice(0, 4)}-01-01`),
      after: zeroPolicy('after', reformDate),
    },
    compensation: {
      kind: 'floor',
      floorRate: 0,
      fundingShares: { city: 0, district: 10000 },
      fiscalSponsors: ['government'],
    },
    compensationBase: { kind: 'simulated' },
    conditions: { fundMaxIncrease: 0 },
  };
}
