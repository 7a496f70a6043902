// Derives demo-price-changes.ts from the demo bills' own mix: `npx tsx src/demo/scenario/derive-demo-prices.ts`.
// Per level, one scale for the raises (in fixed proportions) so that prices win back about TARGET of what
// the level's subsidised hospitals lose, and no such hospital more than CEILING.
import type { BasisPoints } from '../../core/shared/money';
import type { HospitalLevel } from '../../core/simulate/bills';
import { BillGenerator } from '../bills/generate';
import { demoBillLines } from '../load-demo-bills';
import { DemoBillMix, type HospitalMix } from './demo-bill-mix';
import type { PriceChanges } from './demo-price-changes';
import { demoScenario } from './demo-scenario';
import { RAISED_GROUPS, type DemoPriceGroup } from './price-groups';

/** Below Banan's 90% floor, so that the fiscal top-up has work to do. */
const TARGET = 0.8;
const CEILING = 0.88;
/**
 * Relative raises: consultation (reimbursed by fixed amount, 三（三）1) most, then bed and nursing; 中医 least,
 * as the demo TCM hospital bills mostly 中医 services and would otherwise be compensated far beyond the others.
 */
const RAISE_SHAPE: Record<(typeof RAISED_GROUPS)[number], number> = {
  consultation: 2,
  bed: 1.5,
  nursing: 1.5,
  surgery: 1,
  tcm: 0.5,
};
/** Large-equipment examinations lowered by 10% at every level that offers them. */
const LARGE_EQUIPMENT_CUT: BasisPoints = -1000;
/** Changes are rounded down to whole percent. */
const STEP: BasisPoints = 100;

const LEVELS: readonly HospitalLevel[] = [1, 2, 3];
const DEMO_SEED = 2017;

const mix = new DemoBillMix(demoScenario());
const generator = new BillGenerator({ seed: DEMO_SEED, lines: demoBillLines });
while (!generator.done()) mix.add(generator.next());

/** The raise scale at which prices win back `share` of `mixes`' losses together. */
function scaleFor(mixes: readonly HospitalMix[], share: number): number {
  const revenue = (group: DemoPriceGroup) =>
    mixes.reduce((sum, m) => sum + (m.revenueFen[group] ?? 0), 0);
  const lost = mixes.reduce((sum, m) => sum + m.lostFen, 0);
  const cut = (revenue('large-equipment') * LARGE_EQUIPMENT_CUT) / 10_000;
  const shaped = RAISED_GROUPS.reduce((sum, group) => sum + RAISE_SHAPE[group] * revenue(group), 0);
  return shaped > 0 ? Math.max(0, (share * lost - cut) / shaped) : Infinity;
}

const changes = Object.fromEntries(
  [...RAISED_GROUPS, 'large-equipment'].map((group) => [group, { 1: 0, 2: 0, 3: 0 }]),
) as PriceChanges;
for (const level of LEVELS) {
  const mixes = [...mix.hospitals.values()].filter((m) => m.level === level);
  if (mixes.length === 0) continue;
  const scale = Math.min(scaleFor(mixes, TARGET), ...mixes.map((m) => scaleFor([m], CEILING)));
  for (const group of RAISED_GROUPS) {
    changes[group][level] = Math.floor((scale * RAISE_SHAPE[group] * 10_000) / STEP) * STEP;
  }
  if (mixes.some((m) => (m.revenueFen['large-equipment'] ?? 0) > 0)) {
    changes['large-equipment'][level] = LARGE_EQUIPMENT_CUT;
  }
}
console.log(JSON.stringify(changes, null, 2));
