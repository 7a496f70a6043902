// Compiles a rule condition (JSON) into a closure over a CaseContext, once per scheme. A condition that
// holds may leave a readable note; one that fails leaves none (and/or/not roll back their parts' notes).
import { badInput } from '../shared/errors';
import type { Guard } from './candidates';
import type { CaseContext } from './case-context';
import { fieldLabel, numericField, readCaseField } from './fields';
import type { CaseField, ComparisonOperator } from './types';

export type CompiledCondition = (c: CaseContext) => boolean;

/** How a list is used by a condition; names the list in the trace ("MDCG 主诊断表"). */
export type ListRole = 'principal' | 'mainProcedure' | 'procedure' | 'diagnosis';

export interface ConditionEnv {
  /** The codes of a named list and its readable label; throws when the scheme has no such list. */
  list(name: string, role: ListRole, where: string): { codes: ReadonlySet<string>; label: string };
  describeDiagnosis(code: string): string;
  describeProcedure(code: string): string;
  /** Procedure → category of the ADRG being compiled, for `procCategory`. */
  procCategories: ReadonlyMap<string, string> | null;
}

export interface Compiled {
  test: CompiledCondition;
  /** A static description, used when the condition is negated. */
  text: string;
  /** A list the principal diagnosis or main procedure must be in for the condition to hold. */
  guard?: Guard;
  /** The condition holds exactly when its guard does (it is nothing but the guard). */
  onlyGuard?: boolean;
}

const OPERATORS: Record<ComparisonOperator, (a: number, b: number) => boolean> = {
  '==': (a, b) => a === b,
  '<=': (a, b) => a <= b,
  '>=': (a, b) => a >= b,
  '<': (a, b) => a < b,
  '>': (a, b) => a > b,
};

/** "X 属于 表": no space after a full-width bracket, one after a bare code. */
const belongs = (subject: string, label: string) =>
  `${subject}${subject.endsWith('）') ? '' : ' '}属于 ${label}`;

const firstIn = (
  codes: readonly string[],
  from: number,
  set: ReadonlySet<string>,
): string | undefined => {
  for (let i = from; i < codes.length; i++) if (set.has(codes[i] as string)) return codes[i];
  return undefined;
};

function rollback(c: CaseContext, mark: number): void {
  if (c.notes !== null) c.notes.length = mark;
}

function combine(kind: 'and' | 'or', parts: Compiled[]): Compiled {
  const tests = parts.map((p) => p.test);
  const text = parts.map((p) => p.text).join(kind === 'and' ? '且' : '或');
  // Every part of an `and` must hold, so any part's guard is the whole's; the one part of a single-part `or` too.
  const guard =
    kind === 'and' || parts.length === 1 ? parts.find((p) => p.guard)?.guard : undefined;
  const guarded = guard === undefined ? {} : { guard };
  if (tests.length === 1) {
    const onlyGuard = parts[0]?.onlyGuard === true ? { onlyGuard: true } : {};
    return { test: tests[0] as CompiledCondition, text, ...guarded, ...onlyGuard };
  }
  if (kind === 'and') {
    return {
      text,
      ...guarded,
      test: (c) => {
        const mark = c.notes === null ? 0 : c.notes.length;
        for (const t of tests) {
          if (!t(c)) {
            rollback(c, mark);
            return false;
          }
        }
        return true;
      },
    };
  }
  return {
    text: `（${text}）`,
    test: (c) => {
      for (const t of tests) if (t(c)) return true;
      return false;
    },
  };
}

function listTest(
  kind: 'pdxIn' | 'mainProcIn' | 'anyProcIn' | 'anySecProcIn' | 'anyDxIn' | 'anySecDxIn',
  name: string,
  env: ConditionEnv,
  where: string,
): Compiled {
  const roles = {
    pdxIn: 'principal',
    mainProcIn: 'mainProcedure',
    anyProcIn: 'procedure',
    anySecProcIn: 'procedure',
    anyDxIn: 'diagnosis',
    anySecDxIn: 'diagnosis',
  } as const;
  const { codes, label } = env.list(name, roles[kind], where);
  switch (kind) {
    case 'pdxIn':
      return {
        text: `主诊断属于 ${label}`,
        guard: { on: 'principal', codes },
        onlyGuard: true,
        test: (c) => {
          if (!codes.has(c.principal)) return false;
          if (c.notes !== null)
            c.notes.push(belongs(`主诊断 ${env.describeDiagnosis(c.principal)}`, label));
          return true;
        },
      };
    case 'mainProcIn':
      return {
        text: `主手术属于 ${label}`,
        guard: { on: 'mainProcedure', codes },
        onlyGuard: true,
        test: (c) => {
          if (!codes.has(c.mainProcedure)) return false;
          if (c.notes !== null)
            c.notes.push(belongs(`主手术 ${env.describeProcedure(c.mainProcedure)}`, label));
          return true;
        },
      };
    default: {
      const onDiagnoses = kind === 'anyDxIn' || kind === 'anySecDxIn';
      const from = kind === 'anySecProcIn' || kind === 'anySecDxIn' ? 1 : 0;
      const noun = onDiagnoses ? (from ? '次要诊断' : '诊断') : from ? '其他手术操作' : '手术操作';
      const describe = onDiagnoses ? env.describeDiagnosis : env.describeProcedure;
      return {
        text: `有${noun}属于 ${label}`,
        test: (c) => {
          const found = firstIn(onDiagnoses ? c.case.diagnoses : c.case.procedures, from, codes);
          if (found === undefined) return false;
          if (c.notes !== null) c.notes.push(belongs(`${noun} ${describe(found)}`, label));
          return true;
        },
      };
    }
  }
}

function countTest(kind: 'dxCountGt' | 'procCountGt', limit: number): Compiled {
  const noun = kind === 'dxCountGt' ? '诊断' : '手术操作';
  const text = `${noun}多于 ${limit} 个`;
  return {
    text,
    test: (c) => {
      const count = kind === 'dxCountGt' ? c.case.diagnoses.length : c.case.procedures.length;
      if (count <= limit) return false;
      if (c.notes !== null) c.notes.push(`${noun} ${count} 个，多于 ${limit} 个`);
      return true;
    },
  };
}

function comparisonTest(field: CaseField, operator: ComparisonOperator, value: number): Compiled {
  const read = numericField(field);
  const holds = OPERATORS[operator];
  const gender = field === 'gender' && operator === '==' && (value === 1 || value === 2);
  const text = gender
    ? `性别为${value === 1 ? '男' : '女'}`
    : `${fieldLabel(field)} ${operator} ${value}`;
  return {
    text,
    test: (c) => {
      const actual = read(c.case);
      if (!holds(actual, value)) return false;
      if (c.notes !== null)
        c.notes.push(gender ? text : `${fieldLabel(field)} ${actual} ${operator} ${value}`);
      return true;
    },
  };
}

function complicationTest(kind: 'hasMCC' | 'hasCC', wanted: boolean): Compiled {
  const name = kind === 'hasMCC' ? '严重并发症或合并症（MCC）' : '并发症或合并症（CC）';
  const text = `${wanted ? '有' : '无'}${name}`;
  return {
    text,
    test: (c) => {
      const has = kind === 'hasMCC' ? c.hasMcc() : c.hasCc();
      if (has !== wanted) return false;
      if (c.notes !== null) c.notes.push(text);
      return true;
    },
  };
}

function onlyKey(condition: unknown, where: string): [string, unknown] {
  if (condition !== null && typeof condition === 'object' && !Array.isArray(condition)) {
    const entries = Object.entries(condition);
    if (entries.length === 1) return entries[0] as [string, unknown];
  }
  throw badInput(`${where}：无法识别的条件 ${JSON.stringify(condition)?.slice(0, 120)}`);
}

function expect<T>(ok: boolean, value: unknown, where: string, what: string): T {
  if (!ok) throw badInput(`${where}：条件的值应为${what}，实为 ${JSON.stringify(value)}`);
  return value as T;
}

/** Compiles a condition; `where` names its place in the rules file for error messages. */
export function compileCondition(condition: unknown, env: ConditionEnv, where: string): Compiled {
  const [kind, value] = onlyKey(condition, where);
  const isString = typeof value === 'string';
  const isNumber = typeof value === 'number';
  switch (kind) {
    case 'const': {
      const result = expect<boolean>(typeof value === 'boolean', value, where, '真假值');
      return { text: result ? '无附加条件' : '永不成立', test: () => result };
    }
    case 'and':
    case 'or': {
      const parts = expect<unknown[]>(
        Array.isArray(value) && value.length > 0,
        value,
        where,
        '非空的条件数组',
      );
      return combine(
        kind,
        parts.map((part) => compileCondition(part, env, where)),
      );
    }
    case 'not': {
      const inner = compileCondition(value, env, where);
      const text = `并非「${inner.text}」`;
      return {
        text,
        test: (c) => {
          const mark = c.notes === null ? 0 : c.notes.length;
          const held = inner.test(c);
          rollback(c, mark);
          if (held) return false;
          if (c.notes !== null) c.notes.push(text);
          return true;
        },
      };
    }
    case 'pdxIn':
    case 'mainProcIn':
    case 'anyProcIn':
    case 'anySecProcIn':
    case 'anyDxIn':
    case 'anySecDxIn':
      return listTest(kind, expect<string>(isString, value, where, '表名'), env, where);
    case 'anyDxPrefix': {
      const prefix = expect<string>(isString, value, where, '编码前缀');
      return {
        text: `有诊断以 ${prefix} 开头`,
        test: (c) => {
          const found = c.case.diagnoses.find((code) => code.startsWith(prefix));
          if (found === undefined) return false;
          if (c.notes !== null)
            c.notes.push(`诊断 ${env.describeDiagnosis(found)} 以 ${prefix} 开头`);
          return true;
        },
      };
    }
    case 'procCategory': {
      const category = String(expect<string | number>(isString || isNumber, value, where, '类别'));
      const map = env.procCategories;
      if (map === null)
        throw badInput(`${where}：procCategory 条件所在的 ADRG 没有 procCategoryMap`);
      return {
        text: `有手术操作属于类别 ${category}`,
        test: (c) => {
          const found = c.case.procedures.find((code) => map.get(code) === category);
          if (found === undefined) return false;
          if (c.notes !== null)
            c.notes.push(`手术操作 ${env.describeProcedure(found)} 属于类别 ${category}`);
          return true;
        },
      };
    }
    case 'dxCountGt':
    case 'procCountGt':
      return countTest(kind, expect<number>(isNumber, value, where, '数字'));
    case 'fieldNonEmpty': {
      const field = expect<CaseField>(isString, value, where, '字段名');
      numericField(field); // rejects unknown fields at compile time
      return {
        text: `${fieldLabel(field)}已填写`,
        test: (c) => {
          const filled = readCaseField(c.case, field) !== null;
          if (filled && c.notes !== null) c.notes.push(`${fieldLabel(field)}已填写`);
          return filled;
        },
      };
    }
    case 'cmp': {
      const ok =
        Array.isArray(value) &&
        value.length === 3 &&
        typeof value[2] === 'number' &&
        value[1] in OPERATORS;
      const [field, operator, limit] = expect<[CaseField, ComparisonOperator, number]>(
        ok,
        value,
        where,
        '[字段, 运算符, 数值]',
      );
      return comparisonTest(field, operator, limit);
    }
    case 'hasMCC':
    case 'hasCC':
      return complicationTest(
        kind,
        expect<boolean>(typeof value === 'boolean', value, where, '真假值'),
      );
    default:
      throw badInput(`${where}：不支持的条件类型 ${kind}`);
  }
}
