// Relative weights derived from grouped cases with costs: per year trim outliers within each DRG, take the
// group and overall mean costs, weight the years (e.g. 1:2:7), RW = weighted group mean ÷ weighted overall mean.
import { badInput } from '../shared/errors';
import { formatFen, roundDiv, type Fen } from '../shared/money';
import { formatScaled, roundFraction, toFen, type DecimalText, type Fraction } from './decimal';
import { dischargeYear, isGrouped, type GroupedCase } from './grouped-case';
import { checkTrimParams, trimCosts, type TrimParams } from './trim-outliers';
import type { WeightTable } from './weights';

export interface DeriveParams {
  /** The years and their weights, e.g. [{year: 2021, weight: 1}, {year: 2022, weight: 2}, {year: 2023, weight: 7}]. */
  years: ReadonlyArray<{ year: number; weight: number }>;
  trim: TrimParams;
  /** Decimals of the derived RW, rounded 四舍五入 once at the end; default 4. */
  rwDecimals?: number;
}

export interface DrgYearStep {
  year: number;
  cases: number;
  trimmedLow: number;
  trimmedHigh: number;
  kept: number;
  lowerFen: Fen | null;
  upperFen: Fen | null;
  keptCostFen: Fen;
  /** keptCostFen ÷ kept, rounded to the fen for display; null without kept cases. */
  meanCostFen: Fen | null;
}

export interface DrgDerivation {
  drg: string;
  years: DrgYearStep[];
  /** Σ weight × year mean ÷ Σ weight over the years the group has cases: exact, and rounded to the fen. */
  weightedMean: Fraction;
  weightedMeanFen: Fen;
  rw: DecimalText;
}

export interface YearStep {
  year: number;
  weight: number;
  /** Grouped cases with a positive cost. */
  cases: number;
  /** Cases left out before trimming: not grouped, or cost not positive. */
  leftOut: number;
  trimmed: number;
  kept: number;
  keptCostFen: Fen;
  meanCostFen: Fen | null;
}

export interface WeightDerivation {
  years: YearStep[];
  overallWeightedMean: Fraction;
  overallWeightedMeanFen: Fen;
  /** Sorted by DRG code. */
  groups: DrgDerivation[];
  /** The method in Chinese, step by step, for the UI. */
  steps: string[];
}

const fraction = (numerator: bigint, denominator: bigint): Fraction => ({ numerator, denominator });

/** Σ weight × (sum ÷ count) ÷ Σ weight, over the entries with count > 0; null when none has. */
function weightedMean(
  entries: ReadonlyArray<{ weight: number; sum: bigint; count: number }>,
): Fraction | null {
  let result = fraction(0n, 1n);
  let weights = 0n;
  for (const { weight, sum, count } of entries) {
    if (count === 0) continue;
    const term = fraction(BigInt(weight) * sum, BigInt(count));
    result = fraction(
      result.numerator * term.denominator + term.numerator * result.denominator,
      result.denominator * term.denominator,
    );
    weights += BigInt(weight);
  }
  return weights === 0n ? null : fraction(result.numerator, result.denominator * weights);
}

const fenOf = (value: Fraction): Fen =>
  toFen(roundDiv(value.numerator, value.denominator), 'mean cost');

function checkParams(params: DeriveParams): void {
  const problems = checkTrimParams(params.trim);
  if (params.years.length === 0) problems.push('至少需要一个年度');
  const seen = new Set<number>();
  for (const { year, weight } of params.years) {
    if (seen.has(year)) problems.push(`年度 ${year} 重复`);
    seen.add(year);
    if (!Number.isSafeInteger(weight) || weight <= 0) {
      problems.push(`年度 ${year} 的权数“${weight}”应为正整数（例如 1:2:7）`);
    }
  }
  const decimals = params.rwDecimals ?? 4;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 12) {
    problems.push(`权重小数位数（rwDecimals）“${decimals}”应为 0 至 12 的整数`);
  }
  if (problems.length > 0) throw badInput(problems.join('；'));
}

export function deriveWeights(
  cases: readonly GroupedCase[],
  params: DeriveParams,
): WeightDerivation {
  checkParams(params);
  const rwDecimals = params.rwDecimals ?? 4;
  const costs = new Map<string, Map<number, Fen[]>>();
  const yearSteps = new Map<number, YearStep>(
    params.years.map(({ year, weight }) => [
      year,
      {
        year,
        weight,
        cases: 0,
        leftOut: 0,
        trimmed: 0,
        kept: 0,
        keptCostFen: 0,
        meanCostFen: null,
      },
    ]),
  );
  for (const groupedCase of cases) {
    const yearStep = yearSteps.get(dischargeYear(groupedCase));
    if (yearStep === undefined) continue;
    if (!isGrouped(groupedCase) || !(groupedCase.costFen > 0)) {
      yearStep.leftOut += 1;
      continue;
    }
    yearStep.cases += 1;
    const byYear = costs.get(groupedCase.drg) ?? new Map<number, Fen[]>();
    const list = byYear.get(yearStep.year) ?? [];
    list.push(groupedCase.costFen);
    byYear.set(yearStep.year, list);
    costs.set(groupedCase.drg, byYear);
  }

  const groupYears = new Map<string, DrgYearStep[]>();
  const yearSums = new Map<number, bigint>(params.years.map(({ year }) => [year, 0n]));
  for (const drg of [...costs.keys()].sort()) {
    const steps = params.years.map(({ year }): DrgYearStep => {
      const list = costs.get(drg)?.get(year) ?? [];
      const trim = trimCosts(list, params.trim);
      const keptCost = trim.kept.reduce((sum, cost) => sum + BigInt(cost), 0n);
      const yearStep = yearSteps.get(year) as YearStep;
      yearStep.trimmed += trim.trimmedLow + trim.trimmedHigh;
      yearStep.kept += trim.kept.length;
      yearSums.set(year, (yearSums.get(year) ?? 0n) + keptCost);
      return {
        year,
        cases: list.length,
        trimmedLow: trim.trimmedLow,
        trimmedHigh: trim.trimmedHigh,
        kept: trim.kept.length,
        lowerFen: trim.lowerFen,
        upperFen: trim.upperFen,
        keptCostFen: toFen(keptCost, drg),
        meanCostFen:
          trim.kept.length === 0 ? null : toFen(roundDiv(keptCost, BigInt(trim.kept.length)), drg),
      };
    });
    groupYears.set(drg, steps);
  }
  for (const step of yearSteps.values()) {
    step.keptCostFen = toFen(yearSums.get(step.year) ?? 0n, String(step.year));
    step.meanCostFen =
      step.kept === 0 ? null : toFen(roundDiv(BigInt(step.keptCostFen), BigInt(step.kept)), 'mean');
  }

  const overall = weightedMean(
    params.years.map(({ year, weight }) => {
      const step = yearSteps.get(year) as YearStep;
      return { weight, sum: BigInt(step.keptCostFen), count: step.kept };
    }),
  );
  if (overall === null || overall.numerator === 0n) {
    throw badInput('所选年度没有可用的已入组病例（费用大于 0），无法测算权重');
  }
  const weightOf = new Map(params.years.map(({ year, weight }) => [year, weight]));
  const groups: DrgDerivation[] = [];
  for (const [drg, steps] of groupYears) {
    const mean = weightedMean(
      steps.map((step) => ({
        weight: weightOf.get(step.year) ?? 0,
        sum: BigInt(step.keptCostFen),
        count: step.kept,
      })),
    );
    if (mean === null) continue;
    // RW = group mean ÷ overall mean, exact, then rounded once
    const rw = roundFraction(
      fraction(mean.numerator * overall.denominator, mean.denominator * overall.numerator),
      rwDecimals,
    );
    groups.push({
      drg,
      years: steps,
      weightedMean: mean,
      weightedMeanFen: fenOf(mean),
      rw: formatScaled({ units: rw.units, scale: rwDecimals }),
    });
  }
  const yearList = params.years.map(({ year }) => yearSteps.get(year) as YearStep);
  return {
    years: yearList,
    overallWeightedMean: overall,
    overallWeightedMeanFen: fenOf(overall),
    groups,
    steps: describeMethod(params, yearList, fenOf(overall), rwDecimals),
  };
}

function describeMethod(
  params: DeriveParams,
  years: readonly YearStep[],
  overallFen: Fen,
  rwDecimals: number,
): string[] {
  const { method, minCases } = params.trim;
  const trimText =
    method.kind === 'none'
      ? '不剔除异常值'
      : method.kind === 'iqr'
        ? `剔除费用在 [Q1 − ${method.k}×IQR, Q3 + ${method.k}×IQR] 之外的病例（四分位数按线性插值）`
        : `剔除费用对数在 均值 ± ${method.n}×标准差 之外的病例`;
  return [
    `1. 取 ${years.map((y) => y.year).join('、')} 年已入组且费用大于 0 的病例，按年度、病组分开`,
    `2. 每个病组每年 ${trimText}；病例数少于 ${minCases} 的病组不剔除`,
    ...years.map(
      (y) =>
        `   ${y.year} 年：病例 ${y.cases} 例，剔除 ${y.trimmed} 例，保留 ${y.kept} 例，` +
        `例均费用 ${y.meanCostFen === null ? '—' : formatFen(y.meanCostFen)}`,
    ),
    `3. 各年度按 ${years.map((y) => y.weight).join(':')} 加权：病组加权例均费用 = Σ(年度权数 × 该年病组例均费用) ÷ Σ(有病例年度的权数)；全部病例加权例均费用 = ${formatFen(overallFen)}`,
    `4. 病组权重 RW = 病组加权例均费用 ÷ 全部病例加权例均费用，四舍五入保留 ${rwDecimals} 位小数`,
  ];
}

/** A weight table from a derivation: RW and mean cost per DRG; the pool's other settings are given. */
export function weightTableFromDerivation(
  derivation: WeightDerivation,
  settings: Omit<WeightTable, 'groups'>,
  caseByCase: readonly string[] = [],
): WeightTable {
  const byCase = new Set(caseByCase);
  return {
    ...settings,
    groups: derivation.groups.map((group) => ({
      drg: group.drg,
      rw: group.rw,
      caseByCase: byCase.has(group.drg),
      meanCostFen: group.weightedMeanFen,
    })),
  };
}
