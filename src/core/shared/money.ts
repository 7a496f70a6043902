// Money is integer fen (分) everywhere; rates are integer basis points (1/10000). No floats touch money.
// Rounding rule: 四舍五入 to the fen (half away from zero), applied only where a function below says so.

import { badInput } from './errors';

/** An amount of money in fen (1 yuan = 100 fen); always a safe integer. */
export type Fen = number;

/** A rate in basis points: 10000 = 100%, 1500 = 15%, 8750 = 87.5%. Always a safe integer. */
export type BasisPoints = number;

export const FULL_RATE: BasisPoints = 10_000;

/** An exact ratio of two amounts (e.g. price gain ÷ lost markup), kept unreduced for display and comparison. */
export interface Ratio {
  numerator: Fen;
  denominator: Fen;
}

/** Throws unless `value` is a safe integer: the one check every computed amount passes through. */
export function assertFen(value: number, what = 'amount'): Fen {
  if (!Number.isSafeInteger(value))
    throw new RangeError(`${what}: ${value} is not a whole number of fen`);
  return value;
}

export function assertBasisPoints(value: number, what = 'rate'): BasisPoints {
  if (!Number.isSafeInteger(value))
    throw new RangeError(`${what}: ${value} is not whole basis points`);
  return value;
}

/** Whole percent to basis points: percent(15) = 1500. Fractional percents are written in basis points directly. */
export function percent(whole: number): BasisPoints {
  return assertBasisPoints(whole * 100, `${whole}%`);
}

/** Exact sum of amounts; throws if the result leaves the safe-integer range. */
export function sumFen(values: readonly Fen[]): Fen {
  let total = 0n;
  for (const value of values) total += BigInt(assertFen(value));
  return fromBig(total, 'sum');
}

/**
 * numerator ÷ denominator rounded 四舍五入: halves go away from zero. This is the only rounding in the
 * domain; every function that rounds calls it once, at the point its comment names.
 */
export function roundDiv(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  if (denominator < 0n) return roundDiv(-numerator, -denominator);
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (2n * magnitude + denominator) / (2n * denominator);
  return negative ? -rounded : rounded;
}

function fromBig(value: bigint, what: string): Fen {
  const asNumber = Number(value);
  return assertFen(asNumber, what);
}

/** amount × rate, rounded to the fen: e.g. a class-B self-pay share, a reimbursement ratio. */
export function applyRate(amount: Fen, rate: BasisPoints): Fen {
  return fromBig(
    roundDiv(BigInt(assertFen(amount)) * BigInt(assertBasisPoints(rate)), 10_000n),
    'amount × rate',
  );
}

/** amount ÷ (1 + rate), rounded to the fen: a price that carried a markup `rate`, without it. */
export function removeRate(amount: Fen, rate: BasisPoints): Fen {
  const denominator = 10_000n + BigInt(assertBasisPoints(rate));
  return fromBig(roundDiv(BigInt(assertFen(amount)) * 10_000n, denominator), 'amount ÷ (1 + rate)');
}

/** Quantities carry at most three decimals (0.5 支, 1.25 g); returned as an integer count of thousandths. */
export function quantityThousandths(quantity: number): bigint {
  const thousandths = Math.round(quantity * 1000);
  if (!Number.isFinite(quantity) || Math.abs(quantity * 1000 - thousandths) > 1e-6) {
    throw new RangeError(`quantity ${quantity} has more than three decimals`);
  }
  return BigInt(thousandths);
}

/** unit price × quantity, rounded to the fen: the amount of a bill line. */
export function multiplyByQuantity(unitPrice: Fen, quantity: number): Fen {
  return fromBig(
    roundDiv(BigInt(assertFen(unitPrice)) * quantityThousandths(quantity), 1000n),
    'price × quantity',
  );
}

/** True when numerator/denominator ≥ rate, compared exactly by cross-multiplication. */
export function ratioAtLeast(ratio: Ratio, rate: BasisPoints): boolean {
  return BigInt(ratio.numerator) * 10_000n >= BigInt(rate) * BigInt(ratio.denominator);
}

/** A ratio in basis points, rounded 四舍五入 — for display only, never fed back into money. */
export function ratioToBasisPoints(ratio: Ratio): BasisPoints {
  return Number(roundDiv(BigInt(ratio.numerator) * 10_000n, BigInt(ratio.denominator)));
}

/**
 * Splits `total` into parts proportional to `shares` (basis points summing to 10000) so that the parts
 * sum to `total` exactly: each part is first rounded down, then the fen left over go one each to the
 * parts with the largest remainders (ties: the order the shares are listed). Used for 80/15/5-style splits.
 */
export function allocate<K extends string>(
  total: Fen,
  shares: Readonly<Record<K, BasisPoints>>,
): Record<K, Fen> {
  const keys = Object.keys(shares) as K[];
  const shareSum = keys.reduce((sum, key) => sum + assertBasisPoints(shares[key], key), 0);
  if (shareSum !== FULL_RATE)
    throw new RangeError(`shares sum to ${shareSum} basis points, not 10000`);
  const sign = total < 0 ? -1n : 1n;
  const magnitude = BigInt(assertFen(total)) * sign;
  const parts = keys.map((key, index) => {
    const exact = magnitude * BigInt(shares[key]);
    return { key, index, floor: exact / 10_000n, remainder: exact % 10_000n };
  });
  let leftOver = magnitude - parts.reduce((sum, part) => sum + part.floor, 0n);
  const byRemainder = [...parts].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const part of byRemainder) {
    if (leftOver === 0n) break;
    part.floor += 1n;
    leftOver -= 1n;
  }
  const result = {} as Record<K, Fen>;
  for (const part of parts) result[part.key] = fromBig(part.floor * sign, part.key);
  return result;
}

const yuanPattern = /^([+-]?)(?:¥|￥)?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*元?$/;

/** Parses yuan as written ("12.50", "12.5", "-3", "¥1,234.56", "12.50元") into fen; more than two decimals is an error. */
export function parseYuan(text: string, where?: string): Fen {
  const match = yuanPattern.exec(text.trim());
  if (!match) {
    throw badInput(
      `金额“${text}”无法识别：请写成元，最多两位小数，例如 12.50`,
      where ? { where } : {},
    );
  }
  const [, sign, whole = '0', decimals = ''] = match;
  const fen = BigInt(whole.replaceAll(',', '')) * 100n + BigInt(decimals.padEnd(2, '0') || '0');
  return fromBig(sign === '-' ? -fen : fen, text);
}

/** Formats fen as yuan with two decimals: style 'symbol' gives "¥12.50", 'suffix' gives "12.50元". */
export function formatFen(amount: Fen, style: 'symbol' | 'suffix' = 'symbol'): string {
  const value = BigInt(assertFen(amount));
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const digits = `${magnitude / 100n}.${(magnitude % 100n).toString().padStart(2, '0')}`;
  const sign = negative ? '-' : '';
  return style === 'symbol' ? `${sign}¥${digits}` : `${sign}${digits}元`;
}

/** Formats basis points as a percent with up to two decimals: 1500 → "15%", 8750 → "87.5%". */
export function formatRate(rate: BasisPoints): string {
  const whole = Math.trunc(rate / 100);
  const rest = Math.abs(rate % 100);
  if (rest === 0) return `${whole}%`;
  const sign = rate < 0 && whole === 0 ? '-' : '';
  return `${sign}${whole}.${rest.toString().padStart(2, '0').replace(/0$/, '')}%`;
}
