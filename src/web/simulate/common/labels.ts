// Chinese names of the simulator's codes: schemes, levels, encounter types, sponsors, tags. The charge
// categories' names come from core/simulate/categories.
import type { ItemTag } from '../../../core/simulate/categories';
import type { EncounterType, InsuranceScheme, Sponsor } from '../../../core/simulate/bills';

export const SCHEME_NAMES: Record<InsuranceScheme, string> = {
  employee: '城镇职工医保',
  'resident-tier1': '城乡居民医保一档',
  'resident-tier2': '城乡居民医保二档',
  'self-pay': '自费',
};

export const LEVEL_NAMES: Record<string, string> = {
  '1': '一级',
  '2': '二级',
  '3': '三级',
  all: '各级',
};

export const ENCOUNTER_TYPE_NAMES: Record<EncounterType, string> = {
  outpatient: '门诊',
  inpatient: '住院',
};

export const SPONSOR_NAMES: Record<Sponsor, string> = {
  government: '政府办',
  'public-institution': '事业单位办',
  'state-enterprise': '国企办',
  private: '社会办',
};

export const TAG_NAMES: Record<ItemTag, string> = {
  'large-equipment': '大型设备检查',
  'pharmacy-service-fee': '药事服务费',
  'tcm-service': '中医服务',
};

/** Options for a Select from a name table. */
export function optionsOf<K extends string>(
  names: Record<K, string>,
): { value: K; label: string }[] {
  return (Object.keys(names) as K[]).map((value) => ({ value, label: names[value] }));
}

/** The name of a grouping key (level "2", scheme "employee"), or the key itself. */
export function levelName(key: string): string {
  return LEVEL_NAMES[key] ?? key;
}

export function schemeName(key: string): string {
  return (SCHEME_NAMES as Record<string, string>)[key] ?? key;
}
