// A pool's DRG weight table (权重表) as data — base rate, level coefficients, relative weight per DRG,
// case-by-case groups — and its validation, with messages that name the DRG and the field at fault.
import type { Fen } from '../shared/money';
import { isDecimalText, parseDecimal, type DecimalText, type Scaled } from './decimal';
import { HOSPITAL_LEVELS, LEVEL_NAMES, type HospitalLevel } from './grouped-case';

/** One DRG of the table. Ratios are decimal text, held exactly (see decimal.ts). */
export interface DrgWeight {
  drg: string;
  name?: string;
  /** Relative weight (RW); null when the pool publishes none (a case-by-case group, or a group without data). */
  rw: DecimalText | null;
  /** 单议病组: settled at cost, outside the standard. */
  caseByCase: boolean;
  /** Mean cost of the group (病组次均费用), the reference for outlier thresholds when known. */
  meanCostFen?: Fen;
  /** Per-DRG coefficient by hospital level, overriding the table's; null: the group is not paid at that level. */
  levelCoefficients?: Partial<Record<HospitalLevel, DecimalText | null>>;
  /** The payment standard the pool published per level, when it publishes one (支付标准). */
  standardFen?: Partial<Record<HospitalLevel, Fen>>;
}

export interface WeightTable {
  /** 统筹区, e.g. "盐城市". */
  pool: string;
  year: number;
  /** Base rate (基础费率): fen paid for relative weight 1 at coefficient 1. */
  baseRateFen: Fen;
  /** Coefficient by hospital level (级别系数); a DRG's own coefficients take precedence. */
  levelCoefficients: Partial<Record<HospitalLevel, DecimalText>>;
  groups: DrgWeight[];
  /** Where the table came from (file, publication). */
  source?: string;
}

export interface WeightProblem {
  /** The DRG at fault; empty for table-wide fields. */
  drg: string;
  field: string;
  message: string;
}

const drgPattern = /^[A-Z][A-Z0-9]{2,4}$/;

const positiveDecimal = (text: DecimalText): boolean =>
  isDecimalText(text) && parseDecimal(text).units > 0n;

const positiveFen = (value: number): boolean => Number.isSafeInteger(value) && value > 0;

function checkCoefficients(
  coefficients: Partial<Record<HospitalLevel, DecimalText | null>>,
  drg: string,
  field: string,
  problems: WeightProblem[],
): void {
  for (const level of HOSPITAL_LEVELS) {
    const value = coefficients[level];
    if (value === undefined || value === null) continue;
    if (!positiveDecimal(value)) {
      const owner = drg === '' ? '权重表的' : `病组 ${drg} 的`;
      problems.push({
        drg,
        field: `${field}.${level}`,
        message: `${owner}${LEVEL_NAMES[level]}医院系数（${field}）“${value}”应为正的十进制数`,
      });
    }
  }
}

function checkGroup(group: DrgWeight, problems: WeightProblem[]): void {
  const { drg } = group;
  const fail = (field: string, message: string) =>
    problems.push({ drg, field, message: `病组 ${drg} 的${message}` });
  if (group.rw !== null && !positiveDecimal(group.rw)) {
    fail('rw', `权重（RW）“${group.rw}”应为正的十进制数，例如 1.0523`);
  }
  if (group.meanCostFen !== undefined && !positiveFen(group.meanCostFen)) {
    fail('meanCostFen', `次均费用（meanCostFen）“${group.meanCostFen}”应为正的整数分`);
  }
  if (group.levelCoefficients) {
    checkCoefficients(group.levelCoefficients, drg, 'levelCoefficients', problems);
  }
  for (const level of HOSPITAL_LEVELS) {
    const standard = group.standardFen?.[level];
    if (standard !== undefined && !positiveFen(standard)) {
      fail(`standardFen.${level}`, `${LEVEL_NAMES[level]}医院支付标准“${standard}”应为正的整数分`);
    }
  }
}

/** Every problem of the table; empty when it can be used for payment. */
export function checkWeightTable(table: WeightTable): WeightProblem[] {
  const problems: WeightProblem[] = [];
  const tableProblem = (field: string, message: string) =>
    problems.push({ drg: '', field, message });
  if (table.pool.trim() === '') tableProblem('pool', '权重表缺少统筹区名称（pool）');
  if (!Number.isInteger(table.year) || table.year < 1990 || table.year > 2200) {
    tableProblem('year', `权重表年度（year）“${table.year}”不是有效年份`);
  }
  if (!positiveFen(table.baseRateFen)) {
    tableProblem('baseRateFen', `基础费率（baseRateFen）“${table.baseRateFen}”应为正的整数分`);
  }
  checkCoefficients(table.levelCoefficients, '', 'levelCoefficients', problems);
  const seen = new Set<string>();
  for (const group of table.groups) {
    if (!drgPattern.test(group.drg)) {
      problems.push({
        drg: group.drg,
        field: 'drg',
        message: `病组编码“${group.drg}”格式不对：应为大写字母开头的 3 至 5 位编码，例如 GZ13`,
      });
      continue;
    }
    if (seen.has(group.drg)) {
      problems.push({
        drg: group.drg,
        field: 'drg',
        message: `病组 ${group.drg} 在权重表中重复出现`,
      });
    }
    seen.add(group.drg);
    checkGroup(group, problems);
  }
  return problems;
}

/**
 * The coefficient for a hospital level: the DRG's own when it names that level (null: not paid there),
 * otherwise the table's; null when neither gives one.
 */
export function coefficientFor(
  table: WeightTable,
  group: DrgWeight,
  level: HospitalLevel,
): DecimalText | null {
  const own = group.levelCoefficients?.[level];
  if (own !== undefined) return own;
  return table.levelCoefficients[level] ?? null;
}

/** A group with its ratios parsed once, for rules that run over many cases. */
export interface CompiledWeight {
  group: DrgWeight;
  rw: Scaled | null;
  coefficients: Record<HospitalLevel, Scaled | null>;
}

/** Parses every ratio of a valid table (check it first) into a lookup by DRG code. */
export function compileWeights(table: WeightTable): Map<string, CompiledWeight> {
  const compiled = new Map<string, CompiledWeight>();
  for (const group of table.groups) {
    const coefficient = (level: HospitalLevel) => {
      const text = coefficientFor(table, group, level);
      return text === null ? null : parseDecimal(text);
    };
    compiled.set(group.drg, {
      group,
      rw: group.rw === null ? null : parseDecimal(group.rw),
      coefficients: { 1: coefficient(1), 2: coefficient(2), 3: coefficient(3) },
    });
  }
  return compiled;
}
