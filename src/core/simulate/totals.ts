// Totals of encounters (cost, fund, out-of-pocket, hospital revenue by category) and the checks that a
// total equals the sum of its parts to the fen.

import { sumFen, type Fen } from '../shared/money';
import { CHARGE_CATEGORIES, type ChargeCategory } from './categories';
import type { BillLine } from './bills';
import type { Settlement } from './adjudicate';

export interface Totals {
  encounters: number;
  costFen: Fen;
  fundFen: Fen;
  outOfPocketFen: Fen;
  /** Hospital revenue by settlement-list category; sums to costFen. */
  revenueByCategoryFen: Record<ChargeCategory, Fen>;
}

export function emptyRevenue(): Record<ChargeCategory, Fen> {
  const revenue = {} as Record<ChargeCategory, Fen>;
  for (const category of CHARGE_CATEGORIES) revenue[category] = 0;
  return revenue;
}

export function emptyTotals(): Totals {
  return {
    encounters: 0,
    costFen: 0,
    fundFen: 0,
    outOfPocketFen: 0,
    revenueByCategoryFen: emptyRevenue(),
  };
}

/** Totals of one settled encounter. */
export function encounterTotals(settlement: Settlement, lines: readonly BillLine[]): Totals {
  const revenueByCategoryFen = emptyRevenue();
  for (const line of lines) revenueByCategoryFen[line.category] += line.amountFen;
  const totals: Totals = {
    encounters: 1,
    costFen: settlement.costFen,
    fundFen: settlement.fundFen,
    outOfPocketFen: settlement.outOfPocketFen,
    revenueByCategoryFen,
  };
  assertBalanced(totals, 'encounter');
  return totals;
}

/** Adds `part` into `into` (mutating `into`, which the caller owns). */
export function addInto(into: Totals, part: Totals): void {
  into.encounters += part.encounters;
  into.costFen = sumFen([into.costFen, part.costFen]);
  into.fundFen = sumFen([into.fundFen, part.fundFen]);
  into.outOfPocketFen = sumFen([into.outOfPocketFen, part.outOfPocketFen]);
  for (const category of CHARGE_CATEGORIES) {
    into.revenueByCategoryFen[category] = sumFen([
      into.revenueByCategoryFen[category],
      part.revenueByCategoryFen[category],
    ]);
  }
}

export function sumTotals(parts: readonly Totals[]): Totals {
  const total = emptyTotals();
  for (const part of parts) addInto(total, part);
  return total;
}

/** cost = fund + out-of-pocket, and cost = the sum of revenue by category. Throws when not, naming `what`. */
export function assertBalanced(totals: Totals, what: string): void {
  if (totals.fundFen + totals.outOfPocketFen !== totals.costFen) {
    throw new Error(
      `${what}: fund ${totals.fundFen} + out-of-pocket ${totals.outOfPocketFen} ≠ cost ${totals.costFen}`,
    );
  }
  const revenue = sumFen(
    CHARGE_CATEGORIES.map((category) => totals.revenueByCategoryFen[category]),
  );
  if (revenue !== totals.costFen)
    throw new Error(`${what}: revenue by category ${revenue} ≠ cost ${totals.costFen}`);
}

/** Throws unless `total` equals the sum of `parts` in every field, to the fen. */
export function assertSumOf(total: Totals, parts: readonly Totals[], what: string): void {
  const expected = sumTotals(parts);
  const fields: [string, number, number][] = [
    ['encounters', total.encounters, expected.encounters],
    ['cost', total.costFen, expected.costFen],
    ['fund', total.fundFen, expected.fundFen],
    ['out-of-pocket', total.outOfPocketFen, expected.outOfPocketFen],
    ...CHARGE_CATEGORIES.map((c): [string, number, number] => [
      c,
      total.revenueByCategoryFen[c],
      expected.revenueByCategoryFen[c],
    ]),
  ];
  for (const [field, actual, sum] of fields) {
    if (actual !== sum) throw new Error(`${what}: total ${field} ${actual} ≠ sum of parts ${sum}`);
  }
}

/** Totals before and after the scenario. */
export interface Comparison {
  before: Totals;
  after: Totals;
}
