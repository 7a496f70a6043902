// A DRG weight table written as JSON — an array of rows, or a WeightTable object {pool, year, baseRateFen,
// levelCoefficients, groups} — flattened into rows for weightTableFromRows, item n of the array as line n.
import { decimalTextFrom, type DecimalText } from '../core/drg/decimal';
import { HOSPITAL_LEVELS, type HospitalLevel } from '../core/drg/grouped-case';
import type { Cell, WeightRow } from '../core/drg/weight-rows';
import { badInput } from '../core/shared/errors';
import type { Fen } from '../core/shared/money';

export interface JsonWeightRows {
  rows: WeightRow[];
  firstLine: number;
  /** The table-wide values the file gives (a WeightTable object only). */
  table: {
    pool?: string;
    year?: number;
    baseRateFen?: Fen;
    levelCoefficients?: Partial<Record<HospitalLevel, DecimalText>>;
  };
  /** Column names as the JSON file writes them, for messages: "coefficient2" → "levelCoefficients.2". */
  columnNames: Record<string, string>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCell = (value: unknown): value is Cell =>
  value === null || value === undefined || ['string', 'number', 'boolean'].includes(typeof value);

/** Whole fen as yuan text, exactly: 123456 → "1234.56". */
const fenAsYuan = (fen: number): string =>
  Number.isSafeInteger(fen)
    ? `${fen < 0 ? '-' : ''}${Math.trunc(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`
    : String(fen);

const columnNames: Record<string, string> = Object.fromEntries(
  HOSPITAL_LEVELS.flatMap((level) => [
    [`coefficient${level}`, `levelCoefficients.${level}`],
    [`standard${level}`, `standardFen.${level}`],
  ]),
);

/** One item: plain values as they are; nested per-level objects spread into per-level columns. */
function itemToRow(item: unknown, index: number, fileName: string): WeightRow {
  if (!isRecord(item)) {
    throw badInput(`第 ${index + 1} 项应为对象，例如 {"drg": "GZ13", "rw": 0.85}`, {
      where: fileName,
      line: index + 1,
    });
  }
  const row: Record<string, Cell> = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === 'levelCoefficients' && isRecord(value)) {
      for (const level of HOSPITAL_LEVELS) {
        const coefficient = value[String(level)];
        if (isCell(coefficient)) row[`coefficient${level}`] = coefficient;
      }
    } else if (key === 'standardFen' && isRecord(value)) {
      for (const level of HOSPITAL_LEVELS) {
        const standard = value[String(level)];
        if (typeof standard === 'number') row[`standard${level}`] = fenAsYuan(standard);
      }
    } else if (isCell(value)) {
      row[key] = value;
    } else {
      throw badInput(`第 ${index + 1} 项的“${key}”应为数字、文字或 true/false`, {
        where: fileName,
        line: index + 1,
      });
    }
  }
  return row;
}

function tableSettings(json: Record<string, unknown>, fileName: string): JsonWeightRows['table'] {
  const fail = (field: string, what: string) =>
    badInput(`JSON 的 ${field} 应为${what}`, { where: fileName });
  const table: JsonWeightRows['table'] = {};
  if (json.pool !== undefined) {
    if (typeof json.pool !== 'string') throw fail('pool', '统筹区名称（文字）');
    table.pool = json.pool;
  }
  if (json.year !== undefined) {
    if (typeof json.year !== 'number') throw fail('year', '年度（数字，例如 2024）');
    table.year = json.year;
  }
  if (json.baseRateFen !== undefined) {
    if (typeof json.baseRateFen !== 'number') throw fail('baseRateFen', '基础费率（整数分）');
    table.baseRateFen = json.baseRateFen;
  }
  if (json.levelCoefficients !== undefined) {
    if (!isRecord(json.levelCoefficients))
      throw fail('levelCoefficients', '{"2": "1", "3": "1.1"}');
    const coefficients: Partial<Record<HospitalLevel, DecimalText>> = {};
    for (const level of HOSPITAL_LEVELS) {
      const raw = json.levelCoefficients[String(level)];
      if (raw === undefined || raw === null) continue;
      const text = decimalTextFrom(raw);
      if (text === null) throw fail(`levelCoefficients.${level}`, '十进制数，例如 1.05');
      coefficients[level] = text;
    }
    table.levelCoefficients = coefficients;
  }
  return table;
}

export function rowsFromWeightJson(text: string, fileName: string): JsonWeightRows {
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw badInput(`不是有效的 JSON：${reason}。请检查括号、引号与逗号。`, { where: fileName });
  }
  const items = Array.isArray(json) ? json : isRecord(json) ? json.groups : undefined;
  if (!Array.isArray(items)) {
    throw badInput(
      'JSON 应为病组数组 [{"drg": "GZ13", "rw": 0.85}, …]，或权重表对象 {"pool", "year", "baseRateFen", "groups": [...]}',
      { where: fileName },
    );
  }
  return {
    rows: items.map((item, index) => itemToRow(item, index, fileName)),
    firstLine: 1,
    table: isRecord(json) ? tableSettings(json, fileName) : {},
    columnNames,
  };
}
