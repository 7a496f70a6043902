// Groups encounter results by a key (disease, hospital, level, scheme) and proves the groups add up to
// the grand total, before and after, to the fen.

import {
  addInto,
  assertBalanced,
  assertSumOf,
  emptyTotals,
  type Comparison,
  type Totals,
} from './totals';

export interface GroupTotals extends Comparison {
  key: string;
}

interface Compared {
  beforeTotals: Totals;
  afterTotals: Totals;
}

/**
 * Totals per key, sorted by key. The grand total is summed from the encounters directly and each grouping
 * must add up to it; `expected` (the grand total of an earlier grouping) must match too.
 */
export function groupTotals<R extends Compared>(
  results: readonly R[],
  keyOf: (result: R) => string,
  what: string,
  expected?: Comparison,
): { groups: GroupTotals[]; total: Comparison } {
  const total: Comparison = { before: emptyTotals(), after: emptyTotals() };
  const byKey = new Map<string, GroupTotals>();
  for (const result of results) {
    addInto(total.before, result.beforeTotals);
    addInto(total.after, result.afterTotals);
    const key = keyOf(result);
    let group = byKey.get(key);
    if (!group) {
      group = { key, before: emptyTotals(), after: emptyTotals() };
      byKey.set(key, group);
    }
    addInto(group.before, result.beforeTotals);
    addInto(group.after, result.afterTotals);
  }
  const groups = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const side of ['before', 'after'] as const) {
    assertBalanced(total[side], `${what} total ${side}`);
    const parts = groups.map((g) => g[side]);
    assertSumOf(total[side], parts, `${what} groups ${side}`);
    if (expected) assertSumOf(expected[side], parts, `${what} groups ${side} vs grand total`);
  }
  return { groups, total };
}
