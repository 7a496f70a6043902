// The point method (点数法), per case: points = RW × 100 (× level coefficient when the pool says so), high and
// low outliers scaled by cost ÷ group mean; case-by-case groups and failed groupings are settled at cost.
import { badInput } from '../shared/errors';
import { FULL_RATE, formatFen, type BasisPoints, type Fen } from '../shared/money';
import {
  formatScaled,
  multiplyScaled,
  parseDecimal,
  pow10,
  roundFraction,
  toFen,
  type Fraction,
  type Scaled,
} from './decimal';
import { GROUP_STATUS } from './types';
import { checkCaseCost, isGrouped, LEVEL_NAMES, type GroupedCase } from './grouped-case';
import { checkPaymentRule, type DrgPaymentRule } from './payment';
import { compileWeights, type CompiledWeight, type WeightTable } from './weights';

/** Points are held as whole 1/10000 points: each case's points are rounded 四舍五入 once to 4 decimals. */
export const POINT_SCALE = 4;

export interface PointRule {
  table: WeightTable;
  /** 高倍率: cost above this multiple of the group mean, e.g. "3". */
  highMultiple: string;
  /** Share of the excess over the threshold that earns points, in basis points. */
  highExcessRate: BasisPoints;
  /** 低倍率: cost below this multiple of the group mean, e.g. "0.4". */
  lowMultiple: string;
  /** Multiply the base points by the hospital level coefficient (差异系数). */
  applyLevelCoefficient: boolean;
}

export type PointKind = 'standard' | 'high-outlier' | 'low-outlier' | 'at-cost';

export interface CasePoints {
  caseId: string;
  hospitalId: string;
  drg: string;
  kind: PointKind;
  costFen: Fen;
  /** RW × 100 (× coefficient), exact; null when the case earns no points. */
  basePoints: string | null;
  /** The case's points in 1/10000 points (an integer). */
  pointUnits: number;
  /** Paid at cost outside the points: case-by-case groups and cases not paid by DRG. */
  atCostFen: Fen;
  reason: string;
}

interface CompiledPointRule {
  rule: PointRule;
  weights: Map<string, CompiledWeight>;
  high: Scaled;
  low: Scaled;
}

export function compilePointRule(rule: PointRule): CompiledPointRule {
  // the same parameters as a payment rule, checked the same way
  const asPayment: DrgPaymentRule = {
    ...rule,
    lowPay: 'cost',
    outlierReference: 'group-mean',
    standard: 'formula',
  };
  const problems = checkPaymentRule(asPayment);
  if (problems.length > 0) throw badInput(problems.join('；'), { where: rule.table.pool });
  return {
    rule,
    weights: compileWeights(rule.table),
    high: parseDecimal(rule.highMultiple),
    low: parseDecimal(rule.lowMultiple),
  };
}

const HUNDRED: Scaled = { units: 100n, scale: 0 };

const toUnits = (fraction: Fraction): number =>
  toFen(roundFraction(fraction, POINT_SCALE).units, 'points');

/** Formats a count of 1/10000 points as decimal text: 123450 → "12.345". */
export const formatPoints = (pointUnits: number): string =>
  formatScaled({ units: BigInt(pointUnits), scale: POINT_SCALE });

function atCost(groupedCase: GroupedCase, reason: string): CasePoints {
  return {
    caseId: groupedCase.caseId,
    hospitalId: groupedCase.hospitalId,
    drg: groupedCase.drg,
    kind: 'at-cost',
    costFen: groupedCase.costFen,
    basePoints: null,
    pointUnits: 0,
    atCostFen: groupedCase.costFen,
    reason: `${reason}，不计点数，按实际费用 ${formatFen(groupedCase.costFen)} 结算`,
  };
}

export function pointsForCase(compiled: CompiledPointRule, groupedCase: GroupedCase): CasePoints {
  checkCaseCost(groupedCase);
  const { drg, hospitalLevel, costFen } = groupedCase;
  if (!isGrouped(groupedCase)) {
    return atCost(
      groupedCase,
      groupedCase.status === GROUP_STATUS.success ? '无法入组' : groupedCase.status,
    );
  }
  const weight = compiled.weights.get(drg);
  if (weight === undefined) return atCost(groupedCase, `病组 ${drg} 不在权重表中`);
  if (weight.group.caseByCase) return atCost(groupedCase, `单议病组 ${drg}`);
  if (weight.rw === null) return atCost(groupedCase, `病组 ${drg} 未设定权重`);
  const coefficient = weight.coefficients[hospitalLevel];
  if (compiled.rule.applyLevelCoefficient && coefficient === null) {
    return atCost(groupedCase, `病组 ${drg} 未设定${LEVEL_NAMES[hospitalLevel]}医院系数`);
  }
  let base = multiplyScaled(weight.rw, HUNDRED);
  if (compiled.rule.applyLevelCoefficient && coefficient !== null) {
    base = multiplyScaled(base, coefficient);
  }
  const basePoints = formatScaled(base);
  const result = { ...atCost(groupedCase, ''), atCostFen: 0, basePoints };
  const mean = weight.group.meanCostFen;
  const { high, low, rule } = compiled;
  if (mean !== undefined && mean > 0) {
    const meanBig = BigInt(mean);
    const cost = BigInt(costFen);
    if (cost * pow10(high.scale) > high.units * meanBig) {
      // base × (1 + rate × (cost − multiple × mean) ÷ mean)
      const excess = cost * pow10(high.scale) - high.units * meanBig;
      const scale = pow10(high.scale) * BigInt(FULL_RATE) * meanBig;
      const pointUnits = toUnits({
        numerator: base.units * (scale + excess * BigInt(rule.highExcessRate)),
        denominator: pow10(base.scale) * scale,
      });
      return {
        ...result,
        kind: 'high-outlier',
        pointUnits,
        reason: `高倍率病例：费用 ${formatFen(costFen)} 高于 ${formatScaled(high)} × 病组均费 ${formatFen(mean)}，点数 ${formatPoints(pointUnits)}`,
      };
    }
    if (cost * pow10(low.scale) < low.units * meanBig) {
      // base × cost ÷ mean
      const pointUnits = toUnits({
        numerator: base.units * cost,
        denominator: pow10(base.scale) * meanBig,
      });
      return {
        ...result,
        kind: 'low-outlier',
        pointUnits,
        reason: `低倍率病例：费用 ${formatFen(costFen)} 低于 ${formatScaled(low)} × 病组均费 ${formatFen(mean)}，点数 = 基准点数 × 费用 ÷ 均费 = ${formatPoints(pointUnits)}`,
      };
    }
  }
  const pointUnits = toUnits({ numerator: base.units, denominator: pow10(base.scale) });
  const noMean = mean === undefined ? '（权重表无病组均费，不判高低倍率）' : '';
  return {
    ...result,
    kind: 'standard',
    pointUnits,
    reason: `正常病例：基准点数 ${basePoints}，计 ${formatPoints(pointUnits)} 点${noMean}`,
  };
}

export function pointsForCases(rule: PointRule, cases: readonly GroupedCase[]): CasePoints[] {
  const compiled = compilePointRule(rule);
  return cases.map((groupedCase) => pointsForCase(compiled, groupedCase));
}

export interface HospitalPoints {
  hospitalId: string;
  /** Σ points in 1/10000 points. */
  pointUnits: number;
  /** Σ paid at cost outside the points. */
  atCostFen: Fen;
  cases: number;
}

/** Sums the cases' points and at-cost amounts per hospital, in hospital order. */
export function hospitalPoints(cases: readonly CasePoints[]): HospitalPoints[] {
  const totals = new Map<string, HospitalPoints>();
  for (const item of cases) {
    const row = totals.get(item.hospitalId) ?? {
      hospitalId: item.hospitalId,
      pointUnits: 0,
      atCostFen: 0,
      cases: 0,
    };
    row.pointUnits += item.pointUnits;
    row.atCostFen += item.atCostFen;
    row.cases += 1;
    totals.set(item.hospitalId, row);
  }
  return [...totals.values()].sort((a, b) => (a.hospitalId < b.hospitalId ? -1 : 1));
}
