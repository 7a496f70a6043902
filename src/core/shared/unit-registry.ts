// What a unit of the registry is and when its fields are valid: the office, departments (canonical bodies with
// the names plans write for them), hospitals (level, type, sponsor, funding) and other units such as districts.
import { canonicalBody } from './units';

export const unitKinds = ['office', 'department', 'hospital', 'other'] as const;
export type UnitKind = (typeof unitKinds)[number];
export const unitKindNames: Record<UnitKind, string> = {
  office: '医改办',
  department: '部门',
  hospital: '医院',
  other: '其他',
};

export const hospitalLevels = ['一级', '二级', '三级'] as const;
export const hospitalTypes = [
  '综合',
  '中医',
  '中西医结合',
  '妇幼',
  '专科',
  '康复',
  '护理',
  '其他',
] as const;
export const sponsors = ['政府办', '事业单位办', '国企办', '社会办'] as const;
export const fundings = ['市属', '区属'] as const;

export interface UnitFields {
  name: string;
  kind: UnitKind;
  /** The unit above in the jurisdiction tree (city → district → hospital). */
  parentCode: string | null;
  level: (typeof hospitalLevels)[number] | null;
  hospitalType: (typeof hospitalTypes)[number] | null;
  sponsor: (typeof sponsors)[number] | null;
  funding: (typeof fundings)[number] | null;
  /** Names plans write for this body ("区卫健委"); for departments. */
  aliases: string[];
}

export interface Unit extends UnitFields {
  /** Stable code: letters, digits, "-", "_" or "." (e.g. "BN02"); never changes once given. */
  code: string;
}

export const unitCodePattern = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;

/** A problem with one field of a unit, named by its Chinese column. */
export interface UnitProblem {
  field:
    | '单位编码'
    | '单位名称'
    | '类别'
    | '上级单位'
    | '级别'
    | '类型'
    | '举办主体'
    | '隶属关系'
    | '别名';
  message: string;
}

/** Every problem of a unit on its own (the parent's existence is the registry's to check). */
export function unitProblems(unit: Unit): UnitProblem[] {
  const problems: UnitProblem[] = [];
  if (!unitCodePattern.test(unit.code)) {
    problems.push({
      field: '单位编码',
      message: `「${unit.code}」不是有效的单位编码：请用字母、数字、“-”“_”“.”，不超过 40 位，例如 BN02`,
    });
  }
  if (unit.name.trim() === '') problems.push({ field: '单位名称', message: '单位名称不能为空' });
  if (unit.parentCode !== null && unit.parentCode === unit.code) {
    problems.push({ field: '上级单位', message: '上级单位不能是它自己' });
  }
  if (unit.kind !== 'hospital') {
    const hospitalOnly: Array<[UnitProblem['field'], unknown]> = [
      ['级别', unit.level],
      ['类型', unit.hospitalType],
      ['举办主体', unit.sponsor],
      ['隶属关系', unit.funding],
    ];
    for (const [field, value] of hospitalOnly) {
      if (value !== null) {
        problems.push({ field, message: `只有医院填写${field}；「${unit.name}」的类别不是医院` });
      }
    }
  }
  if (unit.kind === 'department') {
    const own = canonicalBody(unit.name);
    for (const alias of unit.aliases) {
      const body = canonicalBody(alias);
      if (own !== null && body !== null && body !== own) {
        problems.push({
          field: '别名',
          message: `「${alias}」是${body}，不是${own}：别名只能是同一机构的其他写法`,
        });
      }
    }
  } else if (unit.aliases.length > 0 && unit.kind !== 'office') {
    problems.push({ field: '别名', message: '只有部门和医改办填写别名' });
  }
  return problems;
}

/** Does this written name denote the unit: its name, an alias, or the same canonical body? */
export function nameMatches(unit: Pick<Unit, 'name' | 'aliases'>, written: string): boolean {
  const fold = (text: string) => text.replace(/\s+/g, '');
  const wanted = fold(written);
  const names = [unit.name, ...unit.aliases].map(fold);
  if (names.includes(wanted)) return true;
  const body = canonicalBody(wanted);
  return body !== null && names.some((name) => canonicalBody(name) === body);
}
