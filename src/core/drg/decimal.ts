// Exact decimals for DRG ratios (relative weights, coefficients, multiples): data holds them as decimal
// text ("4.562471295"), arithmetic as a scaled bigint, so products stay exact until the one rounding to fen.
import { roundDiv, type Fen } from '../shared/money';

/** A decimal written in plain digits, e.g. "1.05", "0.4", "3": no exponent, no thousands separators. */
export type DecimalText = string;

/** The exact value units ÷ 10^scale. */
export interface Scaled {
  units: bigint;
  scale: number;
}

/** An exact rational number; the denominator is always positive. */
export interface Fraction {
  numerator: bigint;
  denominator: bigint;
}

const decimalPattern = /^([+-]?)(\d+)(?:\.(\d+))?$/;

export const pow10 = (exponent: number): bigint => 10n ** BigInt(exponent);

export function isDecimalText(text: string): boolean {
  return decimalPattern.test(text);
}

/** Parses decimal text exactly; throws RangeError on anything else (callers validate first). */
export function parseDecimal(text: DecimalText): Scaled {
  const match = decimalPattern.exec(text.trim());
  if (!match) throw new RangeError(`“${text}”不是十进制数`);
  const [, sign = '', whole = '0', fraction = ''] = match;
  const units = BigInt(whole + fraction);
  return { units: sign === '-' ? -units : units, scale: fraction.length };
}

/**
 * Decimal text from a cell value: a string as written, or a number as JavaScript prints it (the shortest
 * text that reads back as the same number, so 1.05 stays "1.05"). Null when the value is not a plain decimal.
 */
export function decimalTextFrom(value: unknown): DecimalText | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    const text = String(value);
    return isDecimalText(text) ? text : null;
  }
  if (typeof value === 'string') {
    const text = value.trim();
    return isDecimalText(text) ? text : null;
  }
  return null;
}

/** Canonical text: no trailing zeros after the point, "-0" as "0". */
export function formatScaled(value: Scaled): DecimalText {
  const negative = value.units < 0n;
  const digits = (negative ? -value.units : value.units).toString().padStart(value.scale + 1, '0');
  const whole = digits.slice(0, digits.length - value.scale);
  const fraction = digits.slice(digits.length - value.scale).replace(/0+$/, '');
  const text = fraction === '' ? whole : `${whole}.${fraction}`;
  return negative && text !== '0' ? `-${text}` : text;
}

/** Rescales to a larger scale without loss. */
function widen(value: Scaled, scale: number): bigint {
  return value.units * pow10(scale - value.scale);
}

export function addScaled(a: Scaled, b: Scaled): Scaled {
  const scale = Math.max(a.scale, b.scale);
  return { units: widen(a, scale) + widen(b, scale), scale };
}

export function multiplyScaled(a: Scaled, b: Scaled): Scaled {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

export function compareScaled(a: Scaled, b: Scaled): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale);
  const left = widen(a, scale);
  const right = widen(b, scale);
  return left < right ? -1 : left > right ? 1 : 0;
}

export const ZERO: Scaled = { units: 0n, scale: 0 };
export const scaledOfInteger = (value: number | bigint): Scaled => ({
  units: BigInt(value),
  scale: 0,
});

/** numerator ÷ denominator rounded 四舍五入 to `scale` decimals. */
export function roundFraction(fraction: Fraction, scale: number): Scaled {
  return { units: roundDiv(fraction.numerator * pow10(scale), fraction.denominator), scale };
}

/** amount × every factor, rounded 四舍五入 to the fen once at the end. */
export function fenTimes(amount: Fen, factors: readonly Scaled[]): Fen {
  let units = BigInt(amount);
  let scale = 0;
  for (const factor of factors) {
    units *= factor.units;
    scale += factor.scale;
  }
  return toFen(roundDiv(units, pow10(scale)), 'amount × factors');
}

/** A bigint amount of fen back to a safe-integer Fen; throws when it does not fit. */
export function toFen(value: bigint, what: string): Fen {
  const result = Number(value);
  if (!Number.isSafeInteger(result)) throw new RangeError(`${what}: ${value} is out of range`);
  return result;
}

/** For charts and sorting only: never fed back into money. */
export function scaledToNumber(value: Scaled): number {
  return Number(formatScaled(value));
}
