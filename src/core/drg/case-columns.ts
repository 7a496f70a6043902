// The case file's columns in one table: the name the format uses (the columns of
// data/drg/samples/input_DRG_Python.txt), the Chinese header a template writes, the headers a hospital's
// front sheet (病案首页) export gives them, what each holds and accepts. Readers, templates and help take it.
import { headerKey } from '../simulate/bill-columns';

export interface CaseColumn {
  name: string;
  header: string;
  aliases: readonly string[];
  meaning: string;
  accepted: string;
  optional?: true;
}

export const CASE_COLUMN_TABLE = [
  {
    name: 'Index',
    header: '病案号',
    aliases: ['病案编号', '住院号', '病例编号', '病案首页编号'],
    meaning: '病案号，每份病案唯一',
    accepted: '非空文字',
  },
  {
    name: 'gender',
    header: '性别',
    aliases: ['性别代码'],
    meaning: '性别',
    accepted: '1 男、2 女，或 男、女',
  },
  {
    name: 'age',
    header: '年龄',
    aliases: ['年龄（岁）', '入院年龄'],
    meaning: '入院年龄（岁）',
    accepted: '整数；不足 1 岁填 0',
  },
  {
    name: 'ageDay',
    header: '日龄',
    aliases: ['年龄（天）', '年龄不足1周岁的年龄（天）', '新生儿日龄'],
    meaning: '入院日龄（天）',
    accepted: '整数；可留空',
  },
  {
    name: 'weight',
    header: '出生体重（克）',
    aliases: ['新生儿出生体重（克）', '新生儿出生体重', '出生体重'],
    meaning: '新生儿出生体重（克）',
    accepted: '整数；非新生儿留空',
  },
  {
    name: 'dept',
    header: '科室',
    aliases: ['出院科别', '科别', '科室编码'],
    meaning: '出院科室',
    accepted: '文字或编码',
  },
  {
    name: 'inHospitalTime',
    header: '住院天数',
    aliases: ['实际住院天数', '实际住院天数（天）'],
    meaning: '实际住院天数',
    accepted: '整数',
  },
  {
    name: 'leavingType',
    header: '离院方式',
    aliases: ['离院方式代码'],
    meaning: '离院方式',
    accepted: '1 医嘱离院、2 医嘱转院、3 转社区、4 非医嘱离院、5 死亡、9 其他',
  },
  {
    name: 'ICD10_DRGS',
    header: '诊断编码',
    aliases: ['全部诊断编码', '出院诊断编码', '诊断'],
    meaning: '全部诊断 ICD-10（医保版 2.0），主诊断在前',
    accepted: '以 | 分隔，如 K35.800|I10.x00x002',
  },
  {
    name: 'ICD9_DRGS',
    header: '手术及操作编码',
    aliases: ['手术操作编码', '全部手术操作编码', '手术操作'],
    meaning: '全部手术操作 ICD-9-CM-3，主手术在前',
    accepted: '以 | 分隔，如 47.0100；无手术留空',
  },
] as const satisfies readonly CaseColumn[];

export type CaseColumnName = (typeof CASE_COLUMN_TABLE)[number]['name'];

const HEADER_TABLE: ReadonlyMap<string, CaseColumnName> = (() => {
  const table = new Map<string, CaseColumnName>();
  for (const column of CASE_COLUMN_TABLE) {
    for (const header of [column.name, column.header, ...column.aliases]) {
      const key = headerKey(header);
      const earlier = table.get(key);
      if (earlier !== undefined && earlier !== column.name)
        throw new Error(`case header ${header} names both ${earlier} and ${column.name}`);
      table.set(key, column.name);
    }
  }
  return table;
})();

/** The case column a file's header stands for (format name, Chinese header or alias), if any. */
export function caseColumnOf(header: string): CaseColumnName | undefined {
  return HEADER_TABLE.get(headerKey(header));
}
