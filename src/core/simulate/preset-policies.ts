// Reimbursement policies the presets start from. None of the three plans states deductibles, ratios or
// caps, so every figure here is an assumption (docs: shared/data/calibration.md) for the user to set.

import { percent, type Fen } from '../shared/money';
import type { HospitalLevel } from './bills';
import type {
  BenefitRule,
  BenefitRuleEntry,
  FixedAmountRule,
  ReimbursementPolicy,
} from './scenario';

const yuan = (amount: number): Fen => amount * 100;
const levels: HospitalLevel[] = [1, 2, 3];

/** Inpatient deductible per admission and ratio by level (calibration.md, a Chongqing-like setting). */
const inpatient = {
  employee: { deductible: [220, 440, 880], ratio: [90, 87, 85], cap: 150_000 },
  'resident-tier1': { deductible: [100, 300, 800], ratio: [80, 70, 50], cap: 120_000 },
  'resident-tier2': { deductible: [100, 300, 800], ratio: [85, 75, 55], cap: 150_000 },
} as const;

/** General outpatient pooling: employees pay from their personal account (nothing from the pooled fund). */
const outpatient = {
  employee: { ratio: 0, cap: 0 },
  'resident-tier1': { ratio: 40, cap: 100 },
  'resident-tier2': { ratio: 50, cap: 200 },
} as const;

const CLASS_B_SELF_PAY = percent(10);

export interface AssumedFixedAmounts {
  outpatient: (level: HospitalLevel) => FixedAmountRule[];
  inpatient: (level: HospitalLevel) => FixedAmountRule[];
}

const none: AssumedFixedAmounts = { outpatient: () => [], inpatient: () => [] };

/** The assumed policy for every scheme, level and encounter type, with optional fixed-amount items. */
export function assumedPolicy(
  id: string,
  effectiveFrom: string,
  fixed: AssumedFixedAmounts = none,
): ReimbursementPolicy {
  const rules: BenefitRuleEntry[] = [];
  for (const scheme of ['employee', 'resident-tier1', 'resident-tier2'] as const) {
    levels.forEach((level, index) => {
      const inp = inpatient[scheme];
      const inpatientRule: BenefitRule = {
        deductibleFen: yuan(inp.deductible[index] ?? 0),
        deductibleBasis: 'encounter',
        ratio: percent(inp.ratio[index] ?? 0),
        annualCapFen: yuan(inp.cap),
        pool: 'inpatient',
        classBSelfPayShare: CLASS_B_SELF_PAY,
        fixedAmounts: fixed.inpatient(level),
      };
      const out = outpatient[scheme];
      const outpatientRule: BenefitRule = {
        deductibleFen: 0,
        deductibleBasis: 'year',
        ratio: percent(out.ratio),
        annualCapFen: yuan(out.cap),
        pool: 'outpatient',
        classBSelfPayShare: CLASS_B_SELF_PAY,
        fixedAmounts: fixed.outpatient(level),
      };
      rules.push({ scheme, level, encounterType: 'inpatient', rule: inpatientRule });
      rules.push({ scheme, level, encounterType: 'outpatient', rule: outpatientRule });
    });
  }
  return { id, effectiveFrom, rules };
}
