// Chinese names of the codes a scenario, a bill and a result use — insurance schemes, hospital levels, encounter
// types, hospital sponsors, item tags — for messages, reports, exports and the web's labels and options.
import type { ItemTag } from './categories';
import type { EncounterType, InsuranceScheme, Sponsor } from './bills';

export const SCHEME_NAMES: Record<InsuranceScheme, string> = {
  employee: '城镇职工',
  'resident-tier1': '城乡居民一档',
  'resident-tier2': '城乡居民二档',
  'self-pay': '自费',
};

export const LEVEL_NAMES: Record<string, string> = { 1: '一级', 2: '二级', 3: '三级', all: '各级' };

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

export { nameIn } from '../shared/code-names';
