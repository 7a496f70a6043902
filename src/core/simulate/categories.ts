// Charge categories of the national insurance settlement list (医保结算清单, 医疗收费信息), and the
// words the plans use for groups of items, mapped onto them.

export const CHARGE_CATEGORIES = [
  'bed',
  'consultation',
  'examination',
  'laboratory',
  'treatment',
  'surgery',
  'nursing',
  'health-materials',
  'western-drug',
  'tcm-decoction-pieces',
  'tcm-patent-drug',
  'general-diagnosis',
  'registration',
  'other',
] as const;

/** One row of the settlement list's 医疗收费信息 table. */
export type ChargeCategory = (typeof CHARGE_CATEGORIES)[number];

export const CHARGE_CATEGORY_NAMES: Record<ChargeCategory, string> = {
  bed: '床位费',
  consultation: '诊察费',
  examination: '检查费',
  laboratory: '化验费',
  treatment: '治疗费',
  surgery: '手术费',
  nursing: '护理费',
  'health-materials': '卫生材料费',
  'western-drug': '西药费',
  'tcm-decoction-pieces': '中药饮片费',
  'tcm-patent-drug': '中成药费',
  'general-diagnosis': '一般诊疗费',
  registration: '挂号费',
  other: '其他费',
};

/** Drug categories: the ones a drug markup (药品加成) was charged on. */
export const DRUG_CATEGORIES: readonly ChargeCategory[] = [
  'western-drug',
  'tcm-patent-drug',
  'tcm-decoction-pieces',
];

export function isDrug(category: ChargeCategory): boolean {
  return DRUG_CATEGORIES.includes(category);
}

export function isChargeCategory(value: string): value is ChargeCategory {
  return (CHARGE_CATEGORIES as readonly string[]).includes(value);
}

/**
 * A finer tag a bill line may carry where a plan names a group the settlement list folds into a wider
 * category: 大型医用设备检查 is part of 检查费, 药事服务费 is booked under 其他费, 中医 services under 治疗费.
 */
export type ItemTag = 'large-equipment' | 'pharmacy-service-fee' | 'tcm-service';

/** The plans' groups of items (Banan 三（二）, Harbin 二（一）2) and where each sits in the settlement list. */
export const PLAN_CATEGORIES: readonly {
  words: string;
  categories: readonly ChargeCategory[];
  tag?: ItemTag;
}[] = [
  { words: '药品（西药、中成药）', categories: ['western-drug', 'tcm-patent-drug'] },
  { words: '中药饮片', categories: ['tcm-decoction-pieces'] },
  { words: '诊疗 / 诊察费', categories: ['consultation', 'general-diagnosis'] },
  { words: '床位', categories: ['bed'] },
  { words: '护理', categories: ['nursing'] },
  { words: '手术', categories: ['surgery'] },
  { words: '中医', categories: ['treatment'], tag: 'tcm-service' },
  { words: '大型医用设备检查', categories: ['examination'], tag: 'large-equipment' },
  { words: '检验 / 化验', categories: ['laboratory'] },
  { words: '卫生材料 / 耗材', categories: ['health-materials'] },
  { words: '药事服务费', categories: ['other'], tag: 'pharmacy-service-fee' },
];
