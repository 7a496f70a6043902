// The groups of service items Banan 三（二） names for the first price adjustment, found in the demo item
// catalogue: raised (诊疗、护理、手术、床位、中医) or lowered (大型医用设备检查).
import type { DemoItem } from '../bills/items';

export const RAISED_GROUPS = ['consultation', 'bed', 'nursing', 'surgery', 'tcm'] as const;
export const LOWERED_GROUPS = ['large-equipment'] as const;

export type DemoPriceGroup = (typeof RAISED_GROUPS)[number] | (typeof LOWERED_GROUPS)[number];

export const PRICE_GROUP_NAMES: Record<DemoPriceGroup, string> = {
  consultation: '诊察、诊疗',
  bed: '床位',
  nursing: '护理',
  surgery: '手术',
  tcm: '中医',
  'large-equipment': '大型医用设备检查',
};

/** The group an item belongs to; null for items the demo schedule leaves unchanged (drugs, tests …). */
export function priceGroupOf(item: DemoItem): DemoPriceGroup | null {
  if (item.tag === 'large-equipment') return 'large-equipment';
  if (item.tag === 'tcm-service') return 'tcm';
  switch (item.category) {
    case 'consultation':
    case 'general-diagnosis':
      return 'consultation';
    case 'bed':
    case 'nursing':
    case 'surgery':
      return item.category;
    default:
      return null;
  }
}
