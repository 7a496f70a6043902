// One entry of the demo item catalogue and the shorthand the catalogue files are written in.
import type { InsuranceClass } from '../../core/simulate/bills';
import type { ChargeCategory, ItemTag } from '../../core/simulate/categories';
import type { HospitalType } from './hospitals';

export type ItemUse = 'outpatient' | 'inpatient' | 'both';

export interface DemoItem {
  code: string;
  name: string;
  unit: string;
  category: ChargeCategory;
  tag?: ItemTag;
  insuranceClass: InsuranceClass;
  /** Price in fen at a level-1, -2 and -3 hospital (drugs: the same, markup included); 0: not offered. */
  priceFen: readonly [number, number, number];
  use: ItemUse;
  /** Relative frequency within its category. */
  weight: number;
  /** Hospital types that use it; absent: every type. */
  types?: readonly HospitalType[];
  /** Only on encounters with a procedure starting with one of these (implants, stents, lenses). */
  procedures?: readonly string[];
  /** Smallest quantity in thousandths of the unit (500: halves); absent: whole units. */
  stepThousandths?: number;
}

/** Shorthand for the data files: code, name, unit, class, prices by level, use, weight. */
export function item(
  category: ChargeCategory,
  code: string,
  name: string,
  unit: string,
  insuranceClass: InsuranceClass,
  priceFen: readonly [number, number, number],
  use: ItemUse,
  weight = 1,
  more: Partial<Pick<DemoItem, 'tag' | 'types' | 'procedures' | 'stepThousandths'>> = {},
): DemoItem {
  return { code, name, unit, category, insuranceClass, priceFen, use, weight, ...more };
}
