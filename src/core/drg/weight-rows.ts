// Builds a WeightTable from rows already read out of a CSV file, an .xlsx sheet or a JSON array: column
// headers in Chinese or English, every rejected value reported with its line and column.
import { UserError } from '../shared/errors';
import { parseYuan, type Fen } from '../shared/money';
import { decimalTextFrom, type DecimalText } from './decimal';
import { HOSPITAL_LEVELS, type HospitalLevel } from './grouped-case';
import { checkWeightTable, type DrgWeight, type WeightTable } from './weights';

export type Cell = string | number | boolean | null | undefined;
export type WeightRow = Readonly<Record<string, Cell>>;

export interface WeightRowsSource {
  /** File name for messages, e.g. "权重表2024.xlsx". */
  file: string;
  pool: string;
  year: number;
  baseRateFen: Fen;
  levelCoefficients?: Partial<Record<HospitalLevel, DecimalText>>;
  /** Line of the first row: 2 for a file with one header row (the default), 1 for a JSON array. */
  firstLine?: number;
}

export interface RowError {
  /** 1-based line in the file. */
  line: number;
  /** The column header as the file wrote it; empty for a whole-row problem. */
  column: string;
  message: string;
}

export interface WeightRowsResult {
  /** Null when any row was rejected: an import is all or nothing. */
  table: WeightTable | null;
  errors: RowError[];
}

type Field = 'drg' | 'name' | 'rw' | 'caseByCase' | 'meanCost' | 'meanCostFen';
type LevelField = `coefficient${HospitalLevel}` | `standard${HospitalLevel}`;

const levelAliases = (level: HospitalLevel, chinese: string): Record<LevelField, string[]> =>
  ({
    [`coefficient${level}`]: [
      `${chinese}系数`,
      `${chinese}医院系数`,
      `${chinese}级别系数`,
      `coefficient${level}`,
      `coef${level}`,
      `level${level}coefficient`,
    ],
    [`standard${level}`]: [`${chinese}支付标准`, `${chinese}医院支付标准`, `standard${level}`],
  }) as Record<LevelField, string[]>;

/** Accepted headers per field, compared after normalising (see normaliseHeader). */
const ALIASES: Record<Field | LevelField, string[]> = {
  drg: ['drg编码', 'drg代码', '病组编码', '病组代码', 'drg', 'drgcode', 'code'],
  name: ['drg名称', '病组名称', '名称', 'name', 'drgname'],
  rw: ['权重', '相对权重', '病组权重', 'rw', 'weight', 'relativeweight'],
  caseByCase: ['单议病组', '单议', '是否单议', '是否单议病组', 'casebycase'],
  meanCost: ['次均费用', '平均费用', '病组次均费用', '均次费用', 'meancost'],
  meanCostFen: ['meancostfen'],
  ...levelAliases(1, '一级'),
  ...levelAliases(2, '二级'),
  ...levelAliases(3, '三级'),
};

/** Lower case, without spaces, underscores, hyphens or a unit in brackets: "RW（权重）" stays distinct, "次均费用(元)" → "次均费用". */
export function normaliseHeader(header: string): string {
  return header
    .replace(/[(（]\s*(元|分|yuan|fen)\s*[)）]/giu, '')
    .replace(/[\s_-]/gu, '')
    .toLowerCase();
}

function columnMap(headers: readonly string[]): Map<Field | LevelField, string> {
  const found = new Map<Field | LevelField, string>();
  for (const header of headers) {
    const key = normaliseHeader(header);
    for (const [field, aliases] of Object.entries(ALIASES) as Array<
      [Field | LevelField, string[]]
    >) {
      if (aliases.includes(key) && !found.has(field)) found.set(field, header);
    }
  }
  return found;
}

const TRUE_WORDS = new Set(['是', 'y', 'yes', 'true', '1', '√', '单议']);
const FALSE_WORDS = new Set(['否', 'n', 'no', 'false', '0', '']);

const cellText = (value: Cell): string =>
  value === null || value === undefined ? '' : String(value).trim();

/** Reads one row; pushes its errors and returns null when any value is wrong. */
function readRow(
  row: WeightRow,
  line: number,
  columns: Map<Field | LevelField, string>,
  errors: RowError[],
): DrgWeight | null {
  const before = errors.length;
  const column = (field: Field | LevelField) => columns.get(field) ?? '';
  const raw = (field: Field | LevelField): Cell => {
    const header = columns.get(field);
    return header === undefined ? undefined : row[header];
  };
  const fail = (field: Field | LevelField, message: string) =>
    errors.push({ line, column: column(field), message });

  const drg = cellText(raw('drg')).toUpperCase();
  if (drg === '') fail('drg', 'DRG 编码为空');
  const decimal = (field: Field | LevelField, label: string): DecimalText | null => {
    const text = cellText(raw(field));
    if (text === '') return null;
    const value = decimalTextFrom(raw(field));
    if (value === null) fail(field, `${label}“${text}”不是数字，请写成十进制小数，例如 1.0523`);
    return value;
  };
  const yuan = (field: Field | LevelField, label: string): Fen | undefined => {
    const text = cellText(raw(field));
    if (text === '') return undefined;
    try {
      return parseYuan(text);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      fail(field, `${label}“${text}”不是金额：请写成元，最多两位小数`);
      return undefined;
    }
  };

  const caseByCaseText = cellText(raw('caseByCase')).toLowerCase();
  const caseByCase = TRUE_WORDS.has(caseByCaseText);
  if (!caseByCase && !FALSE_WORDS.has(caseByCaseText)) {
    fail('caseByCase', `单议病组“${caseByCaseText}”应为 是 或 否`);
  }
  const rw = decimal('rw', '权重');
  if (rw === null && cellText(raw('rw')) === '' && !caseByCase) {
    fail('rw', `病组 ${drg} 的权重为空：非单议病组必须有权重`);
  }
  const group: DrgWeight = { drg, rw, caseByCase };
  const name = cellText(raw('name'));
  if (name !== '') group.name = name;
  const meanCostFenText = cellText(raw('meanCostFen'));
  if (meanCostFenText !== '' && !/^\d+$/.test(meanCostFenText)) {
    fail('meanCostFen', `次均费用（分）“${meanCostFenText}”应为整数分`);
  }
  const meanCostFen =
    meanCostFenText !== '' ? Number(meanCostFenText) : yuan('meanCost', '次均费用');
  if (meanCostFen !== undefined) group.meanCostFen = meanCostFen;
  for (const level of HOSPITAL_LEVELS) {
    const coefficient = decimal(`coefficient${level}`, '系数');
    if (coefficient !== null) (group.levelCoefficients ??= {})[level] = coefficient;
    const standard = yuan(`standard${level}`, '支付标准');
    if (standard !== undefined) (group.standardFen ??= {})[level] = standard;
  }
  return errors.length === before ? group : null;
}

/** The column a table problem's field came from: "levelCoefficients.2" → the 二级系数 column. */
function problemColumn(field: string, columns: Map<Field | LevelField, string>): string {
  const [name = '', level = ''] = field.split('.');
  const key =
    name === 'levelCoefficients'
      ? `coefficient${level}`
      : name === 'standardFen'
        ? `standard${level}`
        : name === 'meanCostFen' && !columns.has('meanCostFen')
          ? 'meanCost'
          : name;
  return columns.get(key as Field | LevelField) ?? '';
}

export function weightTableFromRows(
  rows: readonly WeightRow[],
  source: WeightRowsSource,
): WeightRowsResult {
  const firstLine = source.firstLine ?? 2;
  const headers = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const columns = columnMap(headers);
  const errors: RowError[] = [];
  for (const [field, label] of [
    ['drg', 'DRG编码'],
    ['rw', '权重'],
  ] as const) {
    if (!columns.has(field)) {
      errors.push({
        line: Math.max(1, firstLine - 1),
        column: '',
        message: `缺少“${label}”列（可写作 ${ALIASES[field].slice(0, 4).join('、')}）`,
      });
    }
  }
  if (errors.length > 0) return { table: null, errors };

  const groups: DrgWeight[] = [];
  const lineOf = new Map<string, number[]>();
  rows.forEach((row, index) => {
    if (Object.values(row).every((value) => cellText(value) === '')) return;
    const line = firstLine + index;
    const group = readRow(row, line, columns, errors);
    if (group === null) return;
    groups.push(group);
    lineOf.set(group.drg, [...(lineOf.get(group.drg) ?? []), line]);
  });
  const table: WeightTable = {
    pool: source.pool,
    year: source.year,
    baseRateFen: source.baseRateFen,
    levelCoefficients: source.levelCoefficients ?? {},
    groups,
    source: source.file,
  };
  const duplicatesSeen = new Map<string, number>();
  for (const problem of checkWeightTable(table)) {
    const lines = lineOf.get(problem.drg) ?? [];
    // a duplicate is reported at its second line; any other problem at the DRG's first line
    const seen = problem.message.includes('重复') ? (duplicatesSeen.get(problem.drg) ?? 0) + 1 : 0;
    if (seen > 0) duplicatesSeen.set(problem.drg, seen);
    const line = lines[seen] ?? lines[0] ?? Math.max(1, firstLine - 1);
    errors.push({ line, column: problemColumn(problem.field, columns), message: problem.message });
  }
  errors.sort((a, b) => a.line - b.line);
  return { table: errors.length === 0 ? table : null, errors };
}

/** "权重表.csv 第 7 行，列“权重”：…" */
export const formatRowError = (file: string, error: RowError): string =>
  `${file} 第 ${error.line} 行${error.column === '' ? '' : `，列“${error.column}”`}：${error.message}`;
