// Reads an uploaded DRG weight table — .xlsx (first sheet), CSV (UTF-8 or GBK) or JSON (an array of rows or a
// WeightTable object) — into a checked WeightTable; every rejected row is reported, and nothing is kept unless all pass.
import type { DecimalText } from '../core/drg/decimal';
import type { HospitalLevel } from '../core/drg/grouped-case';
import {
  normaliseHeader,
  weightTableFromRows,
  type RowError,
  type WeightRow,
} from '../core/drg/weight-rows';
import type { WeightTable } from '../core/drg/weights';
import { badInput } from '../core/shared/errors';
import type { Fen } from '../core/shared/money';
import { readInWorker } from './read-in-worker';
import { decodeText, isZip, readTableFile } from './read-table-file';
import { rowsFromWeightJson } from './weight-table-json';

/** What the import form gives; for a JSON WeightTable object, a value given here replaces the file's. */
export interface WeightFileSettings {
  pool?: string;
  year?: number;
  baseRateFen?: Fen;
  levelCoefficients?: Partial<Record<HospitalLevel, DecimalText>>;
}

export interface WeightFileResult {
  /** Null when anything was rejected: the import is all or nothing. */
  table: WeightTable | null;
  errors: RowError[];
  /** Rows (or JSON items) read, empty ones included. */
  rowsRead: number;
  /** How the file's places are counted: 行 in a sheet or CSV, 项 in a JSON array. */
  unit: '行' | '项';
}

/** The DRG code column's accepted headers, to find the header row under a title. */
const DRG_HEADERS = new Set([
  'drg编码',
  'drg代码',
  '病组编码',
  '病组代码',
  'drg',
  'drgcode',
  'code',
]);

/** The rows of a sheet or CSV, row i standing for line firstLine + i so skipped blank lines keep their place. */
async function readSheetRows(
  content: Uint8Array,
  fileName: string,
): Promise<{ rows: WeightRow[]; firstLine: number }> {
  const file = await readTableFile(content, fileName, {
    findHeader: (texts) => texts.some((text) => DRG_HEADERS.has(normaliseHeader(text))),
  });
  const firstLine = file.headerLine + 1;
  const rows: WeightRow[] = [];
  for (const { line, cells } of file.rows) {
    while (rows.length < line - firstLine) rows.push({});
    rows.push(cells);
  }
  return { rows, firstLine };
}

const missingSetting = (field: string, label: string): RowError => ({
  line: 1,
  column: field,
  message: `缺少${label}：请在导入表单中填写，或写在 JSON 文件的 ${field} 字段`,
});

/** The table of an uploaded file; an .xlsx is read on a worker thread. */
export async function readWeightTableFile(
  content: Uint8Array,
  fileName: string,
  settings: WeightFileSettings,
): Promise<WeightFileResult> {
  return isZip(content)
    ? readInWorker<WeightFileResult>({ kind: 'weight-table', bytes: content, fileName, settings })
    : readWeightTableFileInThread(content, fileName, settings);
}

/** The same on the calling thread; the format is told by the content, not only the name. */
export async function readWeightTableFileInThread(
  content: Uint8Array,
  fileName: string,
  settings: WeightFileSettings,
): Promise<WeightFileResult> {
  const text = isZip(content) ? '' : decodeText(content).replace(/^\uFEFF/, '');
  // an old .xls is refused by the table reader, whatever its content
  const isJson = !/\.xls$/i.test(fileName) && (/\.json$/i.test(fileName) || /^\s*[[{]/.test(text));
  const sheet = isJson
    ? rowsFromWeightJson(text, fileName)
    : { ...(await readSheetRows(content, fileName)), table: {}, columnNames: {} };
  const merged: WeightFileSettings = {
    pool: settings.pool ?? sheet.table.pool,
    year: settings.year ?? sheet.table.year,
    baseRateFen: settings.baseRateFen ?? sheet.table.baseRateFen,
    levelCoefficients: settings.levelCoefficients ?? sheet.table.levelCoefficients,
  };
  const unit = isJson ? '项' : '行';
  if (sheet.rows.every((row) => Object.values(row).every((value) => String(value ?? '') === ''))) {
    throw badInput(`文件中没有病组：表头之后至少需要一${unit}。`, { where: fileName });
  }
  const errors: RowError[] = [];
  if (merged.pool === undefined || merged.pool.trim() === '')
    errors.push(missingSetting('pool', '统筹区'));
  if (merged.year === undefined) errors.push(missingSetting('year', '年度'));
  if (merged.baseRateFen === undefined) errors.push(missingSetting('baseRateFen', '基础费率'));
  if (errors.length > 0 || merged.pool === undefined || merged.year === undefined) {
    return { table: null, errors, rowsRead: sheet.rows.length, unit };
  }
  const result = weightTableFromRows(sheet.rows, {
    file: fileName,
    pool: merged.pool.trim(),
    year: merged.year,
    baseRateFen: merged.baseRateFen ?? 0,
    firstLine: sheet.firstLine,
    ...(merged.levelCoefficients ? { levelCoefficients: merged.levelCoefficients } : {}),
  });
  const errorsOut = result.errors.map((error) => ({
    ...error,
    column: sheet.columnNames[error.column] ?? error.column,
  }));
  return { table: result.table, errors: errorsOut, rowsRead: sheet.rows.length, unit };
}
