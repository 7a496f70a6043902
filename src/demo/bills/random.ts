// Seeded randomness for the demo bills: the same seed gives the same file on every machine.
import { seededRandom } from '../../core/drg/random-cases';

export type Random = () => number;

export const randomFor = (seed: number): Random => seededRandom(seed);

/** A number from a stream keyed by (seed, index): person attributes that need no table in memory. */
export function hashedRandom(seed: number, index: number): Random {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return seededRandom((h ^ (h >>> 16)) >>> 0);
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Picks by weight; `weights[i]` belongs to `items[i]`. */
export function pickWeighted<T>(
  random: Random,
  items: readonly T[],
  weights: readonly number[],
): T {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let target = random() * total;
  for (let index = 0; index < items.length; index++) {
    target -= weights[index] ?? 0;
    if (target < 0) return items[index] as T;
  }
  return items[items.length - 1] as T;
}

/** A standard normal draw (Box–Muller). */
export function normal(random: Random): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** A log-normal factor with mean 1 and spread `sigma`: costs are skewed to the right. */
export function lognormalFactor(random: Random, sigma: number): number {
  return Math.exp(sigma * normal(random) - (sigma * sigma) / 2);
}

/** `value` rounded down or up at random so the expected result equals `value`. */
export function stochasticRound(random: Random, value: number): number {
  const floor = Math.floor(value);
  return floor + (random() < value - floor ? 1 : 0);
}
