// Chinese names of the scheme, hospital-level and encounter-type codes a scenario and a result use, for
// messages, reports and labels.

export const SCHEME_NAMES: Record<string, string> = {
  employee: '城镇职工',
  'resident-tier1': '城乡居民一档',
  'resident-tier2': '城乡居民二档',
  'self-pay': '自费',
};

export const LEVEL_NAMES: Record<string, string> = { 1: '一级', 2: '二级', 3: '三级', all: '各级' };

export const ENCOUNTER_TYPE_NAMES: Record<string, string> = {
  outpatient: '门诊',
  inpatient: '住院',
};
