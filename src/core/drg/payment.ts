// DRG payment of one case: standard = RW × base rate × level coefficient, high- and low-cost outlier rules,
// case-by-case groups at cost, fee-for-service for cases that did not group — each with its breakdown.
import { badInput } from '../shared/errors';
import {
  FULL_RATE,
  formatFen,
  formatRate,
  roundDiv,
  type BasisPoints,
  type Fen,
} from '../shared/money';
import {
  compareScaled,
  fenTimes,
  formatScaled,
  isDecimalText,
  parseDecimal,
  pow10,
  toFen,
  type DecimalText,
  type Scaled,
} from './decimal';
import { GROUP_STATUS } from './types';
import { checkCaseCost, isGrouped, LEVEL_NAMES, type GroupedCase } from './grouped-case';
import { checkWeightTable, compileWeights, type CompiledWeight, type WeightTable } from './weights';

export interface DrgPaymentRule {
  table: WeightTable;
  /** 高倍率: a case costing more than this multiple of the reference, e.g. "3". */
  highMultiple: DecimalText;
  /** Share of the cost above the high threshold paid on top of the standard, e.g. 10000 = all of it. */
  highExcessRate: BasisPoints;
  /** 低倍率: a case costing less than this multiple of the reference, e.g. "0.4". */
  lowMultiple: DecimalText;
  /** 'cost': a low outlier is paid its cost; 'proportional': standard × cost ÷ reference. */
  lowPay: 'cost' | 'proportional';
  /**
   * What the multiples multiply: 'group-mean' uses the DRG's mean cost where the table gives one and the
   * standard payment where it does not; 'standard' always uses the standard payment.
   */
  outlierReference: 'group-mean' | 'standard';
  /** 'formula': RW × base rate × coefficient; 'published': the table's standard for the level where it has one. */
  standard: 'formula' | 'published';
}

export type PaymentKind =
  'standard' | 'high-outlier' | 'low-outlier' | 'case-by-case' | 'fee-for-service';

export const PAYMENT_KIND_NAMES: Record<PaymentKind, string> = {
  standard: '正常病例',
  'high-outlier': '高倍率病例',
  'low-outlier': '低倍率病例',
  'case-by-case': '单议病组',
  'fee-for-service': '按项目付费',
};

export interface CasePayment {
  caseId: string;
  hospitalId: string;
  drg: string;
  kind: PaymentKind;
  /** The case's cost: what fee-for-service pays. */
  costFen: Fen;
  /** RW × base rate × coefficient (or the published standard); null when the case is not paid by DRG. */
  standardFen: Fen | null;
  /** The amount the outlier multiples apply to, and which one it is. */
  reference: { kind: 'group-mean' | 'standard'; fen: Fen } | null;
  /** The outlier threshold the case crossed (multiple × reference, for display: the test itself is exact). */
  thresholdFen: Fen | null;
  /** The high-outlier add-on: (cost − threshold) × rate. */
  extraFen: Fen;
  paymentFen: Fen;
  /** What rule applied, in Chinese, with its numbers. */
  reason: string;
}

export interface CompiledPaymentRule {
  rule: DrgPaymentRule;
  weights: Map<string, CompiledWeight>;
  high: Scaled;
  low: Scaled;
}

/** Problems of the rule and its table, in Chinese; empty when it can be used. */
export function checkPaymentRule(rule: DrgPaymentRule): string[] {
  const problems = checkWeightTable(rule.table).map((problem) => problem.message);
  for (const [field, label, value] of [
    ['highMultiple', '高倍率界值', rule.highMultiple],
    ['lowMultiple', '低倍率界值', rule.lowMultiple],
  ] as const) {
    if (!isDecimalText(value) || parseDecimal(value).units <= 0n) {
      problems.push(`${label}（${field}）“${value}”应为正的十进制数，例如 3 或 0.4`);
    }
  }
  if (
    problems.length === 0 &&
    compareScaled(parseDecimal(rule.lowMultiple), parseDecimal(rule.highMultiple)) >= 0
  ) {
    problems.push(`低倍率界值 ${rule.lowMultiple} 应小于高倍率界值 ${rule.highMultiple}`);
  }
  const rate = rule.highExcessRate;
  if (!Number.isSafeInteger(rate) || rate < 0 || rate > FULL_RATE) {
    problems.push(`高倍率超出部分支付比例（highExcessRate）“${rate}”应在 0 至 10000 基点之间`);
  }
  return problems;
}

/** Checks the rule and parses its ratios once; throws with every problem when it cannot be used. */
export function compilePaymentRule(rule: DrgPaymentRule): CompiledPaymentRule {
  const problems = checkPaymentRule(rule);
  if (problems.length > 0) throw badInput(problems.join('；'), { where: rule.table.pool });
  return {
    rule,
    weights: compileWeights(rule.table),
    high: parseDecimal(rule.highMultiple),
    low: parseDecimal(rule.lowMultiple),
  };
}

function feeForService(groupedCase: GroupedCase, reason: string): CasePayment {
  return {
    caseId: groupedCase.caseId,
    hospitalId: groupedCase.hospitalId,
    drg: groupedCase.drg,
    kind: 'fee-for-service',
    costFen: groupedCase.costFen,
    standardFen: null,
    reference: null,
    thresholdFen: null,
    extraFen: 0,
    paymentFen: groupedCase.costFen,
    reason: `${reason}，按项目付费`,
  };
}

/** Why a case is not paid by DRG standard; null when it is. */
function notPaidByStandard(compiled: CompiledPaymentRule, groupedCase: GroupedCase) {
  const { drg, status, hospitalLevel } = groupedCase;
  if (!isGrouped(groupedCase)) return status === GROUP_STATUS.success ? '无法入组' : status;
  const weight = compiled.weights.get(drg);
  if (weight === undefined) return `病组 ${drg} 不在${compiled.rule.table.pool}权重表中`;
  if (weight.group.caseByCase) return null;
  if (weight.rw === null) return `病组 ${drg} 未设定权重`;
  if (weight.coefficients[hospitalLevel] === null) {
    return `病组 ${drg} 未设定${LEVEL_NAMES[hospitalLevel]}医院系数`;
  }
  return null;
}

/** The standard payment of a paid-by-DRG case, rounded once to the fen. */
export function standardPayment(
  compiled: CompiledPaymentRule,
  weight: CompiledWeight,
  groupedCase: GroupedCase,
): Fen {
  const level = groupedCase.hospitalLevel;
  const published = weight.group.standardFen?.[level];
  if (compiled.rule.standard === 'published' && published !== undefined) return published;
  const coefficient = weight.coefficients[level];
  if (weight.rw === null || coefficient === null) {
    throw new RangeError(`病组 ${weight.group.drg} 没有${LEVEL_NAMES[level]}医院的权重或系数`);
  }
  return fenTimes(compiled.rule.table.baseRateFen, [weight.rw, coefficient]);
}

export function payCase(compiled: CompiledPaymentRule, groupedCase: GroupedCase): CasePayment {
  checkCaseCost(groupedCase);
  const refused = notPaidByStandard(compiled, groupedCase);
  if (refused !== null) return feeForService(groupedCase, refused);
  const weight = compiled.weights.get(groupedCase.drg) as CompiledWeight;
  const { costFen } = groupedCase;
  const base = { ...feeForService(groupedCase, ''), extraFen: 0 };
  if (weight.group.caseByCase) {
    return {
      ...base,
      kind: 'case-by-case',
      reason: `单议病组 ${groupedCase.drg}，按实际费用 ${formatFen(costFen)} 结算`,
    };
  }
  const standardFen = standardPayment(compiled, weight, groupedCase);
  const { rule } = compiled;
  const mean = weight.group.meanCostFen;
  const reference =
    rule.outlierReference === 'group-mean' && mean !== undefined
      ? { kind: 'group-mean' as const, fen: mean }
      : { kind: 'standard' as const, fen: standardFen };
  const referenceName = reference.kind === 'group-mean' ? '病组均费' : '支付标准';
  const paid = { ...base, standardFen, reference };

  // cost compared with multiple × reference exactly: cost × 10^s against multiple units × reference
  const costScaled = (multiple: Scaled) => BigInt(costFen) * pow10(multiple.scale);
  const limit = (multiple: Scaled) => multiple.units * BigInt(reference.fen);
  const thresholdOf = (multiple: Scaled) =>
    toFen(roundDiv(limit(multiple), pow10(multiple.scale)), 'threshold');
  const describe = (multiple: Scaled) =>
    `${formatScaled(multiple)} × ${referenceName} ${formatFen(reference.fen)} = ${formatFen(thresholdOf(multiple))}`;

  const { high, low } = compiled;
  if (reference.fen > 0 && costScaled(high) > limit(high)) {
    // (cost − multiple × reference) × rate, rounded once
    const extraFen = toFen(
      roundDiv(
        (costScaled(high) - limit(high)) * BigInt(rule.highExcessRate),
        pow10(high.scale) * BigInt(FULL_RATE),
      ),
      'high-outlier extra',
    );
    return {
      ...paid,
      kind: 'high-outlier',
      thresholdFen: thresholdOf(high),
      extraFen,
      paymentFen: standardFen + extraFen,
      reason:
        `高倍率病例：费用 ${formatFen(costFen)} 高于 ${describe(high)}，` +
        `支付标准 ${formatFen(standardFen)} + 超出部分 × ${formatRate(rule.highExcessRate)} = ${formatFen(standardFen + extraFen)}`,
    };
  }
  if (reference.fen > 0 && costScaled(low) < limit(low)) {
    const paymentFen =
      rule.lowPay === 'cost'
        ? costFen
        : toFen(
            roundDiv(BigInt(standardFen) * BigInt(costFen), BigInt(reference.fen)),
            'low outlier',
          );
    const how =
      rule.lowPay === 'cost'
        ? '按实际费用'
        : `按支付标准 × 费用 ÷ ${referenceName} = ${formatFen(paymentFen)}`;
    return {
      ...paid,
      kind: 'low-outlier',
      thresholdFen: thresholdOf(low),
      paymentFen,
      reason: `低倍率病例：费用 ${formatFen(costFen)} 低于 ${describe(low)}，${how}支付`,
    };
  }
  return {
    ...paid,
    kind: 'standard',
    paymentFen: standardFen,
    reason: `正常病例：按支付标准 ${formatFen(standardFen)} 支付${standardOrigin(compiled, weight, groupedCase)}`,
  };
}

/** "（权重 1.2 × 基础费率 ¥8000.00 × 三级医院系数 1.05）", or the published standard's origin. */
function standardOrigin(
  compiled: CompiledPaymentRule,
  weight: CompiledWeight,
  groupedCase: GroupedCase,
): string {
  const level = groupedCase.hospitalLevel;
  const coefficient = weight.coefficients[level];
  if (compiled.rule.standard === 'published' && weight.group.standardFen?.[level] !== undefined) {
    return `（${compiled.rule.table.pool}公布的${LEVEL_NAMES[level]}医院支付标准）`;
  }
  if (weight.rw === null || coefficient === null) return '';
  return (
    `（权重 ${formatScaled(weight.rw)} × 基础费率 ${formatFen(compiled.rule.table.baseRateFen)}` +
    ` × ${LEVEL_NAMES[level]}医院系数 ${formatScaled(coefficient)}）`
  );
}

/** Pays every case with one compiled rule. */
export function payCases(rule: DrgPaymentRule, cases: readonly GroupedCase[]): CasePayment[] {
  const compiled = compilePaymentRule(rule);
  return cases.map((groupedCase) => payCase(compiled, groupedCase));
}
