// Opens a bill file (CSV, gzipped CSV or Parquet) through DuckDB and checks its column set before anything is
// read: every reader of bills (the JS reader, the simulator, DRG grouping, the upload check) starts here.
// Headers are matched to the format's columns through core's table (English names, Chinese headers, aliases);
// the relation a reader selects from renames them, so every query speaks the format's names. The file path is
// always a bound parameter; the only file text that reaches SQL is a header the file holds, matched and quoted.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { badInput } from '../../core/shared/errors';
import { duckdbMessage, quoteFileHeader } from '../duckdb';
import {
  BILL_COLUMNS,
  YUAN_COLUMN_HEADERS,
  YUAN_COLUMNS,
  billColumnOf,
  type SourceColumnName,
  type YuanColumnName,
} from '../../core/simulate/bill-columns';

export type BillFileFormat = 'csv' | 'parquet';

export interface BillSource {
  file: string;
  format: BillFileFormat;
  /** The format's columns the file has (a yuan column in place of its fen column where the file prices in yuan). */
  columns: SourceColumnName[];
  /** Each column's header as the file writes it. */
  headers: Partial<Record<SourceColumnName, string>>;
  /** Each column's stored type (VARCHAR for every CSV column). */
  types: Partial<Record<SourceColumnName, string>>;
  /** The file as a relation with the format's column names and `source_row` (CSV: absent), parameter $1. */
  from: string;
  /** The same relation with the path as another parameter (`$bills`). */
  relation: (parameter: string) => string;
  /** Expression giving the 1-based position of a row in the file, over `from`. */
  rowNumber: string;
  /** Rows before the first data row: 1 for a CSV header, 0 for Parquet. */
  headerLines: number;
}

export function formatOf(file: string): BillFileFormat {
  const name = path.basename(file).toLowerCase();
  if (/\.(parquet|pq)$/.test(name)) return 'parquet';
  if (/\.(csv|txt|tsv)(\.gz|\.zst)?$/.test(name)) return 'csv';
  throw badInput('无法识别的账单文件类型：应为 .csv 或 .parquet（CSV 也可压缩为 .csv.gz）', {
    where: file,
  });
}

const headerOf = (name: SourceColumnName): string =>
  name in YUAN_COLUMN_HEADERS
    ? YUAN_COLUMN_HEADERS[name as YuanColumnName].header
    : (BILL_COLUMNS.find((c) => c.name === name)?.header ?? name);

/** A column as a message names it: the Chinese header, then the format's name. */
export const columnLabel = (name: SourceColumnName) => `${headerOf(name)}（${name}）`;

const yuanFor = (fen: string) =>
  (Object.keys(YUAN_COLUMNS) as YuanColumnName[]).find((yuan) => YUAN_COLUMNS[yuan] === fen);

const expectedList = () =>
  `${BILL_COLUMNS.map((c) => `${columnLabel(c.name)}${'optional' in c ? '（可选）' : ''}`).join('、')}` +
  `（单价（分）、金额（分）也可换成以元为单位的 单价（unit_price）、金额（amount）；列名可用英文名、中文列名或常见别名，见 docs/bills.md）`;

/**
 * Matches the file's headers to the format's columns; throws a bad-input error naming the file, the missing,
 * unexpected and repeated columns, and the expected list with the Chinese headers.
 */
export function checkColumns(
  file: string,
  present: readonly string[],
): Partial<Record<SourceColumnName, string>> {
  const headers: Partial<Record<SourceColumnName, string>> = {};
  const unexpected: string[] = [];
  const duplicates: string[] = [];
  for (const header of present) {
    const name = billColumnOf(header);
    if (name === undefined) unexpected.push(header);
    else if (headers[name] !== undefined) {
      duplicates.push(`${headers[name]} 与 ${header}（都是 ${name}）`);
    } else headers[name] = header;
  }
  const missing: string[] = [];
  for (const column of BILL_COLUMNS) {
    const yuan = yuanFor(column.name);
    if (headers[column.name] !== undefined) {
      if (yuan && headers[yuan] !== undefined) {
        duplicates.push(
          `${headers[column.name]} 与 ${headers[yuan]}（一列以分计、一列以元计，只能留一列）`,
        );
      }
      continue;
    }
    if ('optional' in column || (yuan && headers[yuan] !== undefined)) continue;
    missing.push(
      yuan ? `${columnLabel(column.name)}或${columnLabel(yuan)}` : columnLabel(column.name),
    );
  }
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
  return headers;
}

/** Describes the file and checks its columns; a file DuckDB cannot open fails with DuckDB's reason. */
export async function openBillSource(
  connection: DuckDBConnection,
  file: string,
): Promise<BillSource> {
  const format = formatOf(file);
  if (!existsSync(file)) throw badInput('账单文件不存在', { where: file });
  const reader = (parameter: string) =>
    format === 'csv'
      ? `read_csv(${parameter}, all_varchar = true, header = true)`
      : `read_parquet(${parameter}, file_row_number = true)`;
  let described: Array<{ name: string; type: string }>;
  try {
    const result = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${reader('$1')}`, [file]);
    described = result
      .getRowObjectsJson()
      .map((row) => ({ name: String(row.column_name), type: String(row.column_type) }));
  } catch (error) {
    throw badInput(`无法读取账单文件：${duckdbMessage(error)}`, { where: file });
  }
  if (format === 'parquet') described = described.filter((c) => c.name !== 'file_row_number');
  const headers = checkColumns(
    file,
    described.map((c) => c.name),
  );
  const columns = Object.keys(headers) as SourceColumnName[];
  const types: Partial<Record<SourceColumnName, string>> = {};
  for (const name of columns) {
    types[name] = described.find((c) => c.name === headers[name])?.type ?? 'VARCHAR';
  }
  const renamed = columns
    .map((name) => `${quoteFileHeader(headers[name] as string)} AS ${name}`)
    .join(', ');
  const relation = (parameter: string) =>
    `(SELECT ${format === 'parquet' ? 'file_row_number, ' : ''}${renamed} FROM ${reader(parameter)}) AS bill_file`;
  return {
    file,
    format,
    columns,
    headers,
    types,
    from: relation('$1'),
    relation,
    rowNumber: format === 'csv' ? 'row_number() OVER ()' : 'file_row_number + 1',
    headerLines: format === 'csv' ? 1 : 0,
  };
}
