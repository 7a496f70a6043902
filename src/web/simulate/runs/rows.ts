// Table rows from grouped totals: before, after and change of cost, fund and out-of-pocket for one key.
import type { GroupTotals } from '../../../core/simulate/groups';

export interface ComparisonRow {
  key: string;
  encounters: number;
  costBefore: number;
  costAfter: number;
  costChange: number;
  fundBefore: number;
  fundAfter: number;
  fundChange: number;
  oopBefore: number;
  oopAfter: number;
  oopChange: number;
  /** Mean out-of-pocket change per encounter, in fen (display only). */
  oopChangePerEncounter: number;
}

export function comparisonRow(group: GroupTotals): ComparisonRow {
  const { before, after } = group;
  const oopChange = after.outOfPocketFen - before.outOfPocketFen;
  return {
    key: group.key,
    encounters: after.encounters,
    costBefore: before.costFen,
    costAfter: after.costFen,
    costChange: after.costFen - before.costFen,
    fundBefore: before.fundFen,
    fundAfter: after.fundFen,
    fundChange: after.fundFen - before.fundFen,
    oopBefore: before.outOfPocketFen,
    oopAfter: after.outOfPocketFen,
    oopChange,
    oopChangePerEncounter: after.encounters > 0 ? Math.round(oopChange / after.encounters) : 0,
  };
}
