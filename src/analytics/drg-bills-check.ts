// Decides whether a bill file's inpatient stays may be read as one aggregated row each: only when checks at least
// as strict as the reader's find nothing it would reject. Values are judged by the reader's own functions.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { StaySource } from './drg-bills-source';
import * as values from './bills/values';
import {
  fileValuesSql,
  LINE_CHECKS,
  VALUES_LIMIT,
  VALUE_COLUMNS,
  type ValueColumn,
} from './drg-bills-sql';

const LINE_CHECK_NAMES: Record<(typeof LINE_CHECKS)[number], string> = {
  missing: '必填项为空',
  integer: 'line_no 写法不是整数',
  quantity: '数量不是最多三位小数的正数',
  money: '单价或金额写法不对（分为整数，元最多两位小数，不能为负）',
  amount: '金额 ≠ 数量 × 单价',
};

const optional = (read: (text: string) => unknown) => (text: string) =>
  text === '' || read(text) !== undefined;
const required = (read: (text: string) => unknown) => (text: string) =>
  text !== '' && read(text) !== undefined;

/** The reader's own lookups (bills/values.ts), so a value passes here exactly when it passes there. */
const ACCEPTS: Record<ValueColumn, (text: string) => boolean> = {
  category: required(values.categoryOf),
  insurance_class: required(values.insuranceClassOf),
  tag: optional(values.tagOf),
  service_date: optional(values.dateOf),
};

const textOf = (value: unknown) =>
  value === null || value === undefined ? '' : String(value).trim();

/**
 * File-wide checks in one scan: a hospital code written with two names, levels or sponsors anywhere in the file;
 * a category, insurance class, tag or service date in an inpatient line that the reader does not accept.
 */
export async function checkFileValues(
  connection: DuckDBConnection,
  stay: StaySource,
): Promise<string[]> {
  const rows = (
    await connection.runAndReadAll(fileValuesSql(stay), [stay.source.file])
  ).getRowObjectsJson();
  if (rows.length > VALUES_LIMIT) return ['住院明细的编码列取值过多，无法逐一核对'];
  const problems: string[] = [];
  const hospitalRows = new Map<string, number>();
  const rejected = new Set<ValueColumn>();
  for (const row of rows) {
    const set = String(row.set_name);
    if (set === 'hospital') {
      if (row.hospital_code === null) continue;
      const code = String(row.hospital_code);
      hospitalRows.set(code, (hospitalRows.get(code) ?? 0) + 1);
      continue;
    }
    const column = set as ValueColumn;
    if (VALUE_COLUMNS.includes(column) && !ACCEPTS[column](textOf(row[column]))) {
      rejected.add(column);
    }
  }
  const hospitals = [...hospitalRows.values()].filter((count) => count > 1).length;
  if (hospitals > 0) problems.push(`${hospitals} 个医院编码的名称、等级或举办主体写法不一致`);
  if (rejected.size > 0) {
    problems.push(`住院明细的 ${[...rejected].join('、')} 列有无法识别的值`);
  }
  return problems;
}

/** Problems found in the stays table's totals (see staysSummarySql). */
export function stayProblems(summary: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const name of LINE_CHECKS) {
    const count = Number(summary[name] ?? 0);
    if (count > 0) problems.push(`住院明细中 ${count} 行：${LINE_CHECK_NAMES[name]}`);
  }
  const disagree = Number(summary.disagree ?? 0);
  if (disagree > 0) {
    problems.push(`${disagree} 次住院的各行就诊信息写法不一致，或明细序号重复`);
  }
  return problems;
}
