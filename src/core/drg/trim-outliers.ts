// Trimming of outlier costs within one DRG and year before means are taken (weight derivation): either
// Tukey's fences on cost, exact in integers, or mean ± n standard deviations of the log cost.
import { roundDiv, type Fen } from '../shared/money';
import { isDecimalText, parseDecimal, pow10, toFen, type DecimalText } from './decimal';

export type TrimMethod =
  /** Keep every case. */
  | { kind: 'none' }
  /** Drop costs outside [Q1 − k·IQR, Q3 + k·IQR]; quartiles interpolate linearly between ranks (Excel QUARTILE.INC). */
  | { kind: 'iqr'; k: DecimalText }
  /** Drop costs whose natural log lies outside mean ± n·sd of the group's log costs (sample sd). */
  | { kind: 'log-sd'; n: DecimalText };

export interface TrimParams {
  method: TrimMethod;
  /** A DRG-year with fewer cases than this is kept whole: too few to tell an outlier. */
  minCases: number;
}

export interface TrimResult {
  kept: Fen[];
  trimmedLow: number;
  trimmedHigh: number;
  /** The bounds used, rounded to the fen for display; null when nothing was trimmed by rule. */
  lowerFen: Fen | null;
  upperFen: Fen | null;
}

export function checkTrimParams(params: TrimParams): string[] {
  const problems: string[] = [];
  const { method } = params;
  if (method.kind === 'iqr' && !(isDecimalText(method.k) && parseDecimal(method.k).units >= 0n)) {
    problems.push(`四分位距倍数 k“${method.k}”应为不小于 0 的十进制数，例如 1.5`);
  }
  if (method.kind === 'log-sd' && !(isDecimalText(method.n) && parseDecimal(method.n).units > 0n)) {
    problems.push(`标准差倍数 n“${method.n}”应为正的十进制数，例如 3`);
  }
  if (!Number.isSafeInteger(params.minCases) || params.minCases < 0) {
    problems.push(`最少病例数（minCases）“${params.minCases}”应为不小于 0 的整数`);
  }
  return problems;
}

/** 4 × the q-th quartile (q = 1 or 3) of sorted costs: exact, because positions fall on quarters. */
function quartileTimesFour(sorted: readonly Fen[], q: 1 | 3): bigint {
  const position = q * (sorted.length - 1);
  const low = Math.floor(position / 4);
  const fraction = BigInt(position % 4);
  const a = BigInt(sorted[low] ?? 0);
  const b = BigInt(sorted[Math.min(low + 1, sorted.length - 1)] ?? 0);
  return 4n * a + fraction * (b - a);
}

function trimIqr(sorted: Fen[], k: DecimalText): TrimResult {
  const { units, scale } = parseDecimal(k);
  const q1 = quartileTimesFour(sorted, 1);
  const q3 = quartileTimesFour(sorted, 3);
  // bounds × 4 × 10^scale, compared with cost × 4 × 10^scale
  const factor = 4n * pow10(scale);
  const lower = q1 * pow10(scale) - units * (q3 - q1);
  const upper = q3 * pow10(scale) + units * (q3 - q1);
  const kept: Fen[] = [];
  let trimmedLow = 0;
  let trimmedHigh = 0;
  for (const cost of sorted) {
    const scaled = BigInt(cost) * factor;
    if (scaled < lower) trimmedLow += 1;
    else if (scaled > upper) trimmedHigh += 1;
    else kept.push(cost);
  }
  return {
    kept,
    trimmedLow,
    trimmedHigh,
    lowerFen: toFen(roundDiv(lower, factor), 'lower bound'),
    upperFen: toFen(roundDiv(upper, factor), 'upper bound'),
  };
}

/** Log costs are floats: the sums run over sorted values so the result does not depend on case order. */
function trimLogSd(sorted: Fen[], n: DecimalText): TrimResult {
  const logs = sorted.map((cost) => Math.log(cost));
  const mean = logs.reduce((sum, value) => sum + value, 0) / logs.length;
  const variance =
    logs.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(1, logs.length - 1);
  // the tolerance keeps equal costs together despite float rounding in the mean
  const spread = Number(n) * Math.sqrt(variance) + 1e-9;
  const kept: Fen[] = [];
  let trimmedLow = 0;
  let trimmedHigh = 0;
  sorted.forEach((cost, index) => {
    const value = logs[index] ?? 0;
    if (value < mean - spread) trimmedLow += 1;
    else if (value > mean + spread) trimmedHigh += 1;
    else kept.push(cost);
  });
  return {
    kept,
    trimmedLow,
    trimmedHigh,
    lowerFen: Math.round(Math.exp(mean - spread)),
    upperFen: Math.round(Math.exp(mean + spread)),
  };
}

/** Trims one DRG-year's costs (all positive). The kept costs come back sorted ascending. */
export function trimCosts(costs: readonly Fen[], params: TrimParams): TrimResult {
  const sorted = [...costs].sort((a, b) => a - b);
  const untouched = { kept: sorted, trimmedLow: 0, trimmedHigh: 0, lowerFen: null, upperFen: null };
  if (sorted.length === 0 || sorted.length < params.minCases) return untouched;
  switch (params.method.kind) {
    case 'none':
      return untouched;
    case 'iqr':
      return trimIqr(sorted, params.method.k);
    case 'log-sd':
      return trimLogSd(sorted, params.method.n);
  }
}
