// Opens a bill file (CSV or Parquet) through DuckDB and checks its column set before anything is read.
// The file path is always a bound parameter; column names in SQL come only from the format's own list.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { badInput } from '../../core/shared/errors';
import { duckdbMessage } from '../duckdb';
import {
  BILL_COLUMNS,
  BILL_COLUMN_NAMES,
  YUAN_COLUMNS,
  type SourceColumnName,
  type YuanColumnName,
} from './columns';

export type BillFileFormat = 'csv' | 'parquet';

export interface BillSource {
  file: string;
  format: BillFileFormat;
  /** `FROM` clause reading the file, with the path as parameter $1. */
  from: string;
  /** Expression giving the 1-based position of a row in the file. */
  rowNumber: string;
  /** Rows before the first data row: 1 for a CSV header, 0 for Parquet. */
  headerLines: number;
  columns: SourceColumnName[];
}

export function formatOf(file: string): BillFileFormat {
  const name = path.basename(file).toLowerCase();
  if (/\.(parquet|pq)$/.test(name)) return 'parquet';
  if (/\.(csv|txt|tsv)(\.gz|\.zst)?$/.test(name)) return 'csv';
  throw badInput('无法识别的账单文件类型：应为 .csv 或 .parquet', { where: file });
}

const expectedList = () =>
  `${BILL_COLUMN_NAMES.join(', ')}（unit_price_fen、amount_fen 也可换成以元为单位的 unit_price、amount；标为可选的列可以没有，见 docs/bills.md）`;

/** Throws a bad-input error naming the missing and unexpected columns and the expected list. */
export function checkColumns(file: string, present: readonly string[]): SourceColumnName[] {
  const known = new Set<string>([...BILL_COLUMN_NAMES, ...Object.keys(YUAN_COLUMNS)]);
  const unexpected = present.filter((name) => !known.has(name));
  const yuanFor = (fen: string) =>
    (Object.keys(YUAN_COLUMNS) as YuanColumnName[]).find((yuan) => YUAN_COLUMNS[yuan] === fen);
  const missing: string[] = [];
  for (const column of BILL_COLUMNS) {
    if ('optional' in column) continue;
    const yuan = yuanFor(column.name);
    if (present.includes(column.name)) {
      if (yuan && present.includes(yuan)) unexpected.push(`${yuan}（与 ${column.name} 重复）`);
      continue;
    }
    if (yuan && present.includes(yuan)) continue;
    missing.push(yuan ? `${column.name}（或 ${yuan}）` : column.name);
  }
  const duplicates = present.filter((name, index) => present.indexOf(name) !== index);
  if (missing.length > 0 || unexpected.length > 0 || duplicates.length > 0) {
    const parts = [
      missing.length > 0 ? `缺少列 ${missing.join('、')}` : '',
      unexpected.length > 0 ? `多出列 ${unexpected.join('、')}` : '',
      duplicates.length > 0 ? `列名重复 ${duplicates.join('、')}` : '',
    ].filter((part) => part !== '');
    throw badInput(`账单文件的列不对：${parts.join('；')}。应有的列：${expectedList()}`, {
      where: file,
    });
  }
  return present as SourceColumnName[];
}

/** Describes the file and checks its columns; a file DuckDB cannot open fails with DuckDB's reason. */
export async function openBillSource(
  connection: DuckDBConnection,
  file: string,
): Promise<BillSource> {
  const format = formatOf(file);
  if (!existsSync(file)) throw badInput('账单文件不存在', { where: file });
  const from =
    format === 'csv'
      ? 'read_csv($1, all_varchar = true, header = true)'
      : 'read_parquet($1, file_row_number = true)';
  let names: string[];
  try {
    const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${from}`, [file]);
    names = described.getRowObjectsJson().map((row) => String(row.column_name));
  } catch (error) {
    throw badInput(`无法读取账单文件：${duckdbMessage(error)}`, { where: file });
  }
  if (format === 'parquet') names = names.filter((name) => name !== 'file_row_number');
  return {
    file,
    format,
    from,
    rowNumber: format === 'csv' ? 'row_number() OVER ()' : 'file_row_number + 1',
    headerLines: format === 'csv' ? 1 : 0,
    columns: checkColumns(file, names),
  };
}
