// Settles one encounter under a reimbursement policy: who pays what of each fen. The person's running
// deductible and cap for the year come in and go out, so per-person sequential rules live only here.

import { badInput } from '../shared/errors';
import { applyRate, multiplyByQuantity, type Fen } from '../shared/money';
import type { BillLine, EncounterType, HospitalLevel, InsuranceScheme } from './bills';
import type { BenefitRule, FixedAmountRule, ReimbursementPolicy } from './scenario';

/** A priced line as the adjudicator sees it: the line, and its price increase for 'raised-part' quotas. */
export interface PricedLine {
  line: BillLine;
  raisedPartFen: Fen;
}

/** What a person has used in a policy year, per pool: deductible met and fund paid towards the cap. */
export interface PersonYearState {
  personId: string;
  year: number;
  deductibleMetFen: Readonly<Record<string, Fen>>;
  capUsedFen: Readonly<Record<string, Fen>>;
}

/** How an encounter's cost divides. cost = fund + out-of-pocket, and each of those is the sum of its parts. */
export interface Settlement {
  costFen: Fen;
  fundFen: Fen;
  outOfPocketFen: Fen;
  /** Fund: fixed amounts (定额报销). */
  fixedAmountFen: Fen;
  /** Fund: the ratio payment after the deductible, within the cap. */
  ratioPaymentFen: Fen;
  /** Patient: class C lines and everything of an uninsured encounter (自费). */
  selfPaidFen: Fen;
  /** Patient: 乙类先自付. */
  classBSelfPayFen: Fen;
  /** Patient: the part of a fixed-amount line left to the patient by its rule. */
  fixedRemainderFen: Fen;
  /** Patient: 起付线. */
  deductibleFen: Fen;
  /** Patient: the share above the deductible the ratio leaves (按比例自付). */
  coPaymentFen: Fen;
  /** Patient: what the fund would have paid beyond the annual cap. */
  overCapFen: Fen;
}

export interface EncounterToSettle {
  personId: string;
  scheme: InsuranceScheme;
  level: HospitalLevel;
  type: EncounterType;
  /** The policy year (the settlement year). */
  year: number;
  lines: readonly PricedLine[];
}

export function emptyPersonYear(personId: string, year: number): PersonYearState {
  return { personId, year, deductibleMetFen: {}, capUsedFen: {} };
}

/** The benefit rule for a scheme, level and encounter type: a level-specific entry before an 'all' entry. */
export function findBenefitRule(
  policy: ReimbursementPolicy,
  scheme: Exclude<InsuranceScheme, 'self-pay'>,
  level: HospitalLevel,
  type: EncounterType,
): BenefitRule {
  const matches = policy.rules.filter((e) => e.scheme === scheme && e.encounterType === type);
  const entry = matches.find((e) => e.level === level) ?? matches.find((e) => e.level === 'all');
  if (!entry) {
    throw badInput(
      `报销政策 ${policy.id} 缺少 ${scheme} / ${level}级 / ${type} 的规则：请在测算方案中补上`,
      {
        where: `reimbursement.${policy.id}`,
      },
    );
  }
  return entry.rule;
}

function matchesFixed(rule: FixedAmountRule, line: BillLine): boolean {
  return (
    rule.category === line.category &&
    (rule.itemCodes === undefined || rule.itemCodes.includes(line.itemCode))
  );
}

const sumOf = (...values: Fen[]) => values.reduce((a, b) => a + b, 0);

/**
 * Settles one encounter. Order, as settlement works line by line then on the encounter:
 * 1. class C lines (丙类) and uninsured encounters are paid by the patient;
 * 2. fixed-amount lines (定额报销): the fund pays the quota (per visit or per day), capped at the line or
 *    at its raised part; the rest goes to the ratio path or to the patient as the rule says. Fixed amounts
 *    sit outside the deductible and the annual cap;
 * 3. class B (乙类) amounts: the self-pay share first (先自付), rounded once on the encounter's class-B sum;
 * 4. the eligible rest pays the deductible still open (per encounter, or what is left this year);
 * 5. the fund pays the ratio of what remains, rounded once, up to what is left of the annual cap.
 */
export function adjudicate(
  encounter: EncounterToSettle,
  policy: ReimbursementPolicy,
  state: PersonYearState,
): { settlement: Settlement; state: PersonYearState } {
  const costFen = sumOf(...encounter.lines.map((p) => p.line.amountFen));
  const current =
    state.year === encounter.year ? state : emptyPersonYear(encounter.personId, encounter.year);
  const zero: Settlement = {
    costFen,
    fundFen: 0,
    outOfPocketFen: costFen,
    fixedAmountFen: 0,
    ratioPaymentFen: 0,
    selfPaidFen: costFen,
    classBSelfPayFen: 0,
    fixedRemainderFen: 0,
    deductibleFen: 0,
    coPaymentFen: 0,
    overCapFen: 0,
  };
  if (encounter.scheme === 'self-pay') return { settlement: zero, state: current };

  const rule = findBenefitRule(policy, encounter.scheme, encounter.level, encounter.type);
  let selfPaidFen = 0;
  let fixedAmountFen = 0;
  let fixedRemainderFen = 0;
  let classAFen = 0;
  let classBFen = 0;
  const visitQuotaUsed = new Map<FixedAmountRule, Fen>();

  for (const { line, raisedPartFen } of encounter.lines) {
    if (line.insuranceClass === 'C') {
      selfPaidFen += line.amountFen;
      continue;
    }
    let ordinaryFen = line.amountFen;
    const fixed = rule.fixedAmounts.find((f) => matchesFixed(f, line));
    if (fixed) {
      const part =
        fixed.part === 'raised-part' ? Math.min(raisedPartFen, line.amountFen) : line.amountFen;
      const quota =
        fixed.per === 'day'
          ? multiplyByQuantity(fixed.quotaFen, line.quantity)
          : Math.max(0, fixed.quotaFen - (visitQuotaUsed.get(fixed) ?? 0));
      const paid = Math.min(part, quota);
      if (fixed.per === 'visit') visitQuotaUsed.set(fixed, (visitQuotaUsed.get(fixed) ?? 0) + paid);
      fixedAmountFen += paid;
      ordinaryFen = line.amountFen - paid;
      if (fixed.remainder === 'self-pay') {
        fixedRemainderFen += ordinaryFen;
        continue;
      }
    }
    if (line.insuranceClass === 'B') classBFen += ordinaryFen;
    else classAFen += ordinaryFen;
  }

  const classBSelfPayFen = applyRate(classBFen, rule.classBSelfPayShare);
  const eligibleFen = classAFen + classBFen - classBSelfPayFen;

  const deductibleMet =
    rule.deductibleBasis === 'year' ? (current.deductibleMetFen[rule.pool] ?? 0) : 0;
  const deductibleFen = Math.min(eligibleFen, Math.max(0, rule.deductibleFen - deductibleMet));
  const aboveDeductibleFen = eligibleFen - deductibleFen;
  const byRatioFen = applyRate(aboveDeductibleFen, rule.ratio);
  const capUsed = current.capUsedFen[rule.pool] ?? 0;
  const capLeftFen =
    rule.annualCapFen === null ? byRatioFen : Math.max(0, rule.annualCapFen - capUsed);
  const ratioPaymentFen = Math.min(byRatioFen, capLeftFen);
  const overCapFen = byRatioFen - ratioPaymentFen;
  const coPaymentFen = aboveDeductibleFen - byRatioFen;

  const fundFen = fixedAmountFen + ratioPaymentFen;
  const outOfPocketFen = sumOf(
    selfPaidFen,
    classBSelfPayFen,
    fixedRemainderFen,
    deductibleFen,
    coPaymentFen,
    overCapFen,
  );
  if (fundFen + outOfPocketFen !== costFen) {
    throw new Error(
      `settlement of ${encounter.personId}: fund ${fundFen} + patient ${outOfPocketFen} ≠ ${costFen}`,
    );
  }

  const next: PersonYearState = {
    ...current,
    deductibleMetFen:
      rule.deductibleBasis === 'year'
        ? { ...current.deductibleMetFen, [rule.pool]: deductibleMet + deductibleFen }
        : current.deductibleMetFen,
    capUsedFen: { ...current.capUsedFen, [rule.pool]: capUsed + ratioPaymentFen },
  };
  const settlement: Settlement = {
    costFen,
    fundFen,
    outOfPocketFen,
    fixedAmountFen,
    ratioPaymentFen,
    selfPaidFen,
    classBSelfPayFen,
    fixedRemainderFen,
    deductibleFen,
    coPaymentFen,
    overCapFen,
  };
  return { settlement, state: next };
}
