// Case-mix indicators from grouped cases — CMI, cost-efficiency and time-efficiency index — as numerator and
// denominator sums per case, so any grouping (hospital, department, month) aggregates as sum ÷ sum.
import { roundDiv, type Fen } from '../shared/money';
import {
  addScaled,
  formatScaled,
  pow10,
  roundFraction,
  scaledOfInteger,
  ZERO,
  type DecimalText,
  type Scaled,
} from './decimal';
import { dischargeMonth, isGrouped, type GroupedCase } from './grouped-case';
import type { CompiledWeight } from './weights';

/** Each case's contribution to an efficiency index is rounded 四舍五入 once to 6 decimals. */
export const INDEX_SCALE = 6;

/** The parts of an indicator; aggregating adds parts, the value is numerator ÷ denominator. */
export interface IndicatorParts {
  numerator: Scaled;
  denominator: Scaled;
}

/** Regional totals per DRG: the reference "same-DRG mean" is costFen ÷ cases (days ÷ cases). */
export interface DrgReference {
  cases: number;
  costFen: Fen;
  days: number;
}

export type RegionalReference = ReadonlyMap<string, DrgReference>;

export interface CasemixContext {
  weights: ReadonlyMap<string, CompiledWeight>;
  reference: RegionalReference;
}

export const EMPTY_PARTS: IndicatorParts = { numerator: ZERO, denominator: ZERO };

export const addParts = (a: IndicatorParts, b: IndicatorParts): IndicatorParts => ({
  numerator: addScaled(a.numerator, b.numerator),
  denominator: addScaled(a.denominator, b.denominator),
});

/** numerator ÷ denominator rounded 四舍五入 to `decimals`, for display; null when nothing was counted. */
export function indicatorValue(parts: IndicatorParts, decimals = 4): DecimalText | null {
  const { numerator, denominator } = parts;
  if (denominator.units === 0n) return null;
  // (n / 10^a) ÷ (d / 10^b) = n × 10^b ÷ (d × 10^a)
  const fraction = {
    numerator: numerator.units * pow10(denominator.scale),
    denominator: denominator.units * pow10(numerator.scale),
  };
  return formatScaled(roundFraction(fraction, decimals));
}

/** Plain decimal text of both parts, for storage or a JSON answer. */
export const partsToText = (parts: IndicatorParts) => ({
  numerator: formatScaled(parts.numerator),
  denominator: formatScaled(parts.denominator),
});

const ONE = scaledOfInteger(1);

/** The reference totals computed from the cases themselves (the region is everything passed in). */
export function regionalReference(cases: readonly GroupedCase[]): Map<string, DrgReference> {
  const reference = new Map<string, DrgReference>();
  for (const groupedCase of cases) {
    if (!isGrouped(groupedCase)) continue;
    const row = reference.get(groupedCase.drg) ?? { cases: 0, costFen: 0, days: 0 };
    row.cases += 1;
    row.costFen += groupedCase.costFen;
    row.days += groupedCase.lengthOfStayDays;
    reference.set(groupedCase.drg, row);
  }
  return reference;
}

/** CMI: Σ RW ÷ cases, over grouped cases whose DRG has a weight. */
export function cmiParts(groupedCase: GroupedCase, context: CasemixContext): IndicatorParts | null {
  if (!isGrouped(groupedCase)) return null;
  const rw = context.weights.get(groupedCase.drg)?.rw;
  return rw === null || rw === undefined ? null : { numerator: rw, denominator: ONE };
}

/** value ÷ (regional total ÷ regional cases), i.e. value × cases ÷ total, rounded once. */
function relativeToMean(value: number, total: number, cases: number): Scaled {
  return {
    units: roundDiv(BigInt(value) * BigInt(cases) * pow10(INDEX_SCALE), BigInt(total)),
    scale: INDEX_SCALE,
  };
}

/** 费用消耗指数: Σ (case cost ÷ regional mean cost of its DRG) ÷ cases. */
export function costEfficiencyParts(
  groupedCase: GroupedCase,
  context: CasemixContext,
): IndicatorParts | null {
  if (!isGrouped(groupedCase)) return null;
  const row = context.reference.get(groupedCase.drg);
  if (row === undefined || row.costFen <= 0 || row.cases <= 0) return null;
  return {
    numerator: relativeToMean(groupedCase.costFen, row.costFen, row.cases),
    denominator: ONE,
  };
}

/** 时间消耗指数: Σ (length of stay ÷ regional mean stay of its DRG) ÷ cases. */
export function timeEfficiencyParts(
  groupedCase: GroupedCase,
  context: CasemixContext,
): IndicatorParts | null {
  if (!isGrouped(groupedCase)) return null;
  const row = context.reference.get(groupedCase.drg);
  if (row === undefined || row.days <= 0 || row.cases <= 0) return null;
  return {
    numerator: relativeToMean(groupedCase.lengthOfStayDays, row.days, row.cases),
    denominator: ONE,
  };
}

/** The case-mix indicators in the shape a monitoring catalogue reads: code, name, per-case parts. */
export const CASEMIX_INDICATORS = [
  { code: 'cmi', name: '病例组合指数（CMI）', parts: cmiParts },
  { code: 'cost-efficiency', name: '费用消耗指数', parts: costEfficiencyParts },
  { code: 'time-efficiency', name: '时间消耗指数', parts: timeEfficiencyParts },
] as const;

export type CasemixCode = (typeof CASEMIX_INDICATORS)[number]['code'];

export interface CasemixRow {
  key: string;
  cases: number;
  indicators: Record<CasemixCode, IndicatorParts>;
  /** Cases left out of each indicator (not grouped, no weight, no regional reference). */
  excluded: Record<CasemixCode, number>;
}

/** The indicators per key (e.g. byHospital), rows sorted by key. */
export function casemixBy(
  cases: readonly GroupedCase[],
  keyOf: (groupedCase: GroupedCase) => string,
  context: CasemixContext,
): CasemixRow[] {
  const rows = new Map<string, CasemixRow>();
  for (const groupedCase of cases) {
    const key = keyOf(groupedCase);
    let row = rows.get(key);
    if (row === undefined) {
      row = {
        key,
        cases: 0,
        indicators: {
          cmi: EMPTY_PARTS,
          'cost-efficiency': EMPTY_PARTS,
          'time-efficiency': EMPTY_PARTS,
        },
        excluded: { cmi: 0, 'cost-efficiency': 0, 'time-efficiency': 0 },
      };
      rows.set(key, row);
    }
    row.cases += 1;
    for (const indicator of CASEMIX_INDICATORS) {
      const parts = indicator.parts(groupedCase, context);
      if (parts === null) row.excluded[indicator.code] += 1;
      else row.indicators[indicator.code] = addParts(row.indicators[indicator.code], parts);
    }
  }
  return [...rows.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export const byHospital = (groupedCase: GroupedCase): string => groupedCase.hospitalId;
export const byDepartment = (groupedCase: GroupedCase): string =>
  `${groupedCase.hospitalId}/${groupedCase.department}`;
export const byMonth = (groupedCase: GroupedCase): string => dischargeMonth(groupedCase);
export const byHospitalMonth = (groupedCase: GroupedCase): string =>
  `${groupedCase.hospitalId}/${dischargeMonth(groupedCase)}`;
