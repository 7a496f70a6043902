// Renders a rule condition (JSON, see data/drg/README.md) as a readable Chinese sentence, naming every
// code list it uses with its size, so a reader can open the list: "主诊断属于 L170 表（312 个编码）且 年龄 ≥ 17 岁".
import { fieldLabel } from './fields';
import type { CaseField, ComparisonOperator, Condition } from './types';

/** A code list a condition refers to, for showing its contents on demand. */
export interface ListReference {
  name: string;
  /** How many codes the list holds. */
  count: number;
  /** What the codes are. */
  kind: 'diagnosis' | 'procedure';
}

export interface DescribedCondition {
  text: string;
  lists: ListReference[];
}

/** The number of codes in a named list, or undefined when the scheme has no such list. */
export type ListSize = (name: string) => number | undefined;

const SYMBOLS: Record<ComparisonOperator, string> = {
  '==': '=',
  '<=': '≤',
  '>=': '≥',
  '<': '<',
  '>': '>',
};

const UNITS: Partial<Record<CaseField, string>> = {
  age: ' 岁',
  ageDay: ' 天',
  weight: ' 克',
  inHospitalTime: ' 天',
};

/** 离院方式 codes of the inpatient front sheet (病案首页). */
const LEAVING_TYPES: Record<number, string> = {
  1: '医嘱离院',
  2: '医嘱转院',
  3: '医嘱转社区卫生服务机构/乡镇卫生院',
  4: '非医嘱离院',
  5: '死亡',
  9: '其他',
};

const LIST_PHRASES = {
  pdxIn: ['主诊断属于', 'diagnosis'],
  mainProcIn: ['主手术属于', 'procedure'],
  anyProcIn: ['有手术操作属于', 'procedure'],
  anySecProcIn: ['有其他手术操作属于', 'procedure'],
  anyDxIn: ['有诊断属于', 'diagnosis'],
  anySecDxIn: ['有次要诊断属于', 'diagnosis'],
} as const;

type ListKey = keyof typeof LIST_PHRASES;

function comparison(field: CaseField, operator: ComparisonOperator, value: number): string {
  if (field === 'gender' && operator === '==' && (value === 1 || value === 2)) {
    return `性别为${value === 1 ? '男' : '女'}`;
  }
  const meaning =
    field === 'leavingType' && LEAVING_TYPES[value] ? `（${LEAVING_TYPES[value]}）` : '';
  return `${fieldLabel(field)} ${SYMBOLS[operator]} ${value}${UNITS[field] ?? ''}${meaning}`;
}

/** "L170 表（312 个编码）"; the operations list SS_VALID gets its Chinese name. */
export function listLabel(name: string, count: number | undefined): string {
  const size = count === undefined ? '表不存在' : `${count} 个编码`;
  return name === 'SS_VALID' ? `手术室手术表（SS_VALID，${size}）` : `${name} 表（${size}）`;
}

export function describeCondition(condition: Condition, listSize: ListSize): DescribedCondition {
  const lists: ListReference[] = [];
  const refer = (name: string, kind: ListReference['kind']) => {
    const count = listSize(name);
    if (count !== undefined && !lists.some((list) => list.name === name))
      lists.push({ name, count, kind });
    return listLabel(name, count);
  };

  /** `nested`: the text becomes part of a longer sentence, so an `or` needs brackets. */
  const render = (part: Condition, nested: boolean): string => {
    if ('and' in part) {
      if (part.and.length === 1) return render(part.and[0] as Condition, nested);
      return part.and.map((inner) => render(inner, true)).join(' 且 ');
    }
    if ('or' in part) {
      if (part.or.length === 1) return render(part.or[0] as Condition, nested);
      const text = part.or.map((inner) => render(inner, true)).join(' 或 ');
      return nested ? `（${text}）` : text;
    }
    if ('not' in part) return `并非（${render(part.not, false)}）`;
    if ('const' in part) return part.const ? '无附加条件' : '永不成立';
    for (const key of Object.keys(LIST_PHRASES) as ListKey[]) {
      if (key in part) {
        const [phrase, kind] = LIST_PHRASES[key];
        return `${phrase} ${refer((part as Record<ListKey, string>)[key], kind)}`;
      }
    }
    if ('anyDxPrefix' in part) return `有诊断编码以 ${part.anyDxPrefix} 开头`;
    if ('procCategory' in part) return `有手术操作属于类别 ${part.procCategory}`;
    if ('dxCountGt' in part) {
      return part.dxCountGt === 1 ? '有次要诊断（诊断多于 1 个）' : `诊断多于 ${part.dxCountGt} 个`;
    }
    if ('procCountGt' in part) return `手术操作多于 ${part.procCountGt} 个`;
    if ('fieldNonEmpty' in part) return `${fieldLabel(part.fieldNonEmpty)}已填写`;
    if ('cmp' in part) return comparison(...part.cmp);
    if ('hasMCC' in part) return `${part.hasMCC ? '有' : '无'}严重并发症或合并症（MCC）`;
    if ('hasCC' in part) return `${part.hasCC ? '有' : '无'}并发症或合并症（CC）`;
    return `无法识别的条件 ${JSON.stringify(part)}`;
  };

  return { text: render(condition, false), lists };
}
