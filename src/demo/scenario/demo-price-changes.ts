// The demo price schedule's changes by group and hospital level, in basis points of the catalogue price
// (+3000: raised 30%). Not from any plan: derived by derive-demo-prices.ts from the 200,000-line demo bills
// (seed 2017) so that prices win back about 80% of the 2016 drug markup of the government-run hospitals of a level
// (none more than 88%): Banan's 90% top-up then has work to do. Level 1 carried no markup, so stays unchanged.
import type { BasisPoints } from '../../core/shared/money';
import type { HospitalLevel } from '../../core/simulate/bills';
import type { DemoPriceGroup } from './price-groups';

export type PriceChanges = Record<DemoPriceGroup, Record<HospitalLevel, BasisPoints>>;

export const DEMO_PRICE_CHANGES: PriceChanges = {
  consultation: { 1: 0, 2: 6100, 3: 8600 },
  bed: { 1: 0, 2: 4600, 3: 6400 },
  nursing: { 1: 0, 2: 4600, 3: 6400 },
  surgery: { 1: 0, 2: 3000, 3: 4300 },
  tcm: { 1: 0, 2: 1500, 3: 2100 },
  'large-equipment': { 1: 0, 2: -1000, 3: -1000 },
};
