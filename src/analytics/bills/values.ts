// Accepted spellings of bill values: the format's own codes and what hospital exports write (城镇职工, 住院,
// 甲, 西药费 …). Each function returns the code, or undefined when the text is not one it knows.
import {
  CHARGE_CATEGORIES,
  CHARGE_CATEGORY_NAMES,
  type ChargeCategory,
  type ItemTag,
} from '../../core/simulate/categories';
import type {
  EncounterType,
  HospitalLevel,
  InsuranceClass,
  InsuranceScheme,
  Sponsor,
} from '../../core/simulate/bills';

const lookup = <T extends string>(entries: Record<string, T>) => {
  const table = new Map(Object.entries(entries).map(([text, code]) => [text.toLowerCase(), code]));
  return (text: string): T | undefined => table.get(text.trim().toLowerCase());
};

export const schemeOf = lookup<InsuranceScheme>({
  employee: 'employee',
  城镇职工: 'employee',
  城镇职工医保: 'employee',
  职工医保: 'employee',
  'resident-tier1': 'resident-tier1',
  城乡居民一档: 'resident-tier1',
  居民一档: 'resident-tier1',
  'resident-tier2': 'resident-tier2',
  城乡居民二档: 'resident-tier2',
  居民二档: 'resident-tier2',
  'self-pay': 'self-pay',
  自费: 'self-pay',
  全自费: 'self-pay',
});

export const encounterTypeOf = lookup<EncounterType>({
  outpatient: 'outpatient',
  门诊: 'outpatient',
  门急诊: 'outpatient',
  急诊: 'outpatient',
  inpatient: 'inpatient',
  住院: 'inpatient',
});

export const insuranceClassOf = lookup<InsuranceClass>({
  a: 'A',
  甲: 'A',
  甲类: 'A',
  b: 'B',
  乙: 'B',
  乙类: 'B',
  c: 'C',
  丙: 'C',
  丙类: 'C',
});

export const sponsorOf = lookup<Sponsor>({
  government: 'government',
  政府办: 'government',
  'public-institution': 'public-institution',
  事业单位办: 'public-institution',
  行政事业单位办: 'public-institution',
  'state-enterprise': 'state-enterprise',
  国企办: 'state-enterprise',
  private: 'private',
  社会办: 'private',
});

export const hospitalLevelOf = lookup<'1' | '2' | '3'>({
  '1': '1',
  一级: '1',
  '2': '2',
  二级: '2',
  '3': '3',
  三级: '3',
});

export const levelNumber = (code: '1' | '2' | '3'): HospitalLevel => Number(code) as HospitalLevel;

export const sexOf = lookup<'1' | '2'>({ '1': '1', 男: '1', '2': '2', 女: '2' });

const categoryEntries: Record<string, ChargeCategory> = {};
for (const category of CHARGE_CATEGORIES) {
  categoryEntries[category] = category;
  categoryEntries[CHARGE_CATEGORY_NAMES[category]] = category;
}
categoryEntries['材料费'] = 'health-materials';
categoryEntries['诊查费'] = 'consultation';
categoryEntries['检验费'] = 'laboratory';
categoryEntries['其他'] = 'other';
export const categoryOf = lookup<ChargeCategory>(categoryEntries);

export const tagOf = lookup<ItemTag>({
  'large-equipment': 'large-equipment',
  大型设备检查: 'large-equipment',
  大型医用设备检查: 'large-equipment',
  'pharmacy-service-fee': 'pharmacy-service-fee',
  药事服务费: 'pharmacy-service-fee',
  'tcm-service': 'tcm-service',
  中医: 'tcm-service',
  中医服务: 'tcm-service',
});

/** A calendar date as YYYY-MM-DD; accepts YYYY/M/D, YYYYMMDD and a trailing time of day. */
export function dateOf(text: string): string | undefined {
  const match =
    /^(\d{4})[-/]?(\d{1,2})[-/]?(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(
      text.trim(),
    );
  if (!match) return undefined;
  const [, year = '', month = '', day = ''] = match;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso
    ? undefined
    : iso;
}

/** A whole number written plainly ("12", "-3", "12.0" from a typed export); undefined otherwise. */
export function integerOf(text: string): number | undefined {
  const match = /^([+-]?\d+)(?:\.0*)?$/.exec(text.trim());
  if (!match) return undefined;
  const value = Number(match[1]);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** A quantity with at most three decimals, as an exact count of thousandths. */
export function thousandthsOf(text: string): number | undefined {
  const match = /^([+-]?)(\d+)(?:\.(\d{1,3})0*)?$/.exec(text.trim());
  if (!match) return undefined;
  const [, sign, whole = '0', decimals = ''] = match;
  const value = Number(whole) * 1000 + Number(decimals.padEnd(3, '0'));
  if (!Number.isSafeInteger(value)) return undefined;
  return sign === '-' ? -value : value;
}
