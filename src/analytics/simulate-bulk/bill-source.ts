// The bill file (Parquet or CSV, format in analytics/bills/columns.ts) as one SQL relation with typed,
// normalised columns; the path is always the bound parameter $bills. CSV is read as text and cast here,
// so a malformed value becomes a flagged NULL on its line instead of failing the whole file.
import type { DuckDBConnection } from '@duckdb/node-api';
import { badInput } from '../../core/shared/errors';
import { BILL_COLUMNS } from '../bills/columns';
import { duckdbMessage, quoteIdentifier } from '../duckdb';

export type BillFileKind = 'parquet' | 'csv';

export interface BillSource {
  file: string;
  kind: BillFileKind;
  /** Columns the file has, from the format's list only. */
  columns: ReadonlySet<string>;
}

export function billFileKind(file: string): BillFileKind {
  return /\.(parquet|pq)$/i.test(file) ? 'parquet' : 'csv';
}

const reader = (kind: BillFileKind, rowNumbers: boolean) =>
  kind === 'parquet'
    ? `read_parquet($bills${rowNumbers ? ', file_row_number = true' : ''})`
    : 'read_csv($bills, header = true, all_varchar = true)';

/** Opens the file once to learn its columns; names the file and the missing columns when it cannot be used. */
export async function describeBills(
  connection: DuckDBConnection,
  file: string,
): Promise<BillSource> {
  const kind = billFileKind(file);
  let names: string[];
  try {
    const reader_ = await connection.runAndReadAll(
      `DESCRIBE SELECT * FROM ${reader(kind, false)}`,
      {
        bills: file,
      },
    );
    names = reader_.getRowObjectsJson().map((row) => String(row['column_name']));
  } catch (error) {
    throw badInput(`无法读取账单文件：${duckdbMessage(error)}`, { where: file });
  }
  const present = new Set(names);
  const missing = BILL_COLUMNS.filter((c) => !('optional' in c) && !present.has(c.name));
  if (missing.length > 0) {
    throw badInput(`缺少列 ${missing.map((c) => c.name).join('、')}`, { where: file });
  }
  const known = new Set<string>(BILL_COLUMNS.map((c) => c.name));
  return { file, kind, columns: new Set(names.filter((name) => known.has(name))) };
}

const DATE_TEXT = `'^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`;
const QUANTITY_TEXT = `'^[+-]?[0-9]+([.][0-9]{1,3}0*)?$'`;
const INTEGER_TEXT = `'^[+-]?[0-9]+([.]0*)?$'`;

/**
 * SELECT list turning the file's columns into: the encounter and line fields, `qty_milli` (quantity in
 * thousandths, exact), and two flags for values present but unreadable (CSV only; Parquet is typed).
 */
export function billSourceSql(source: BillSource, options: { rowNumbers?: boolean } = {}): string {
  const has = (name: string) => source.columns.has(name);
  const col = (name: string) => (has(name) ? quoteIdentifier(name) : 'NULL');
  const csv = source.kind === 'csv';
  const text = (name: string) =>
    csv ? `nullif(trim(${col(name)}), '')` : `CAST(${col(name)} AS VARCHAR)`;
  const date = (name: string) => `TRY_CAST(${csv ? text(name) : col(name)} AS DATE)`;
  const integer = (name: string, type = 'BIGINT') =>
    csv
      ? `CASE WHEN regexp_matches(${text(name)}, ${INTEGER_TEXT}) THEN TRY_CAST(TRY_CAST(${text(name)} AS DECIMAL(38,3)) AS ${type}) END`
      : `TRY_CAST(${col(name)} AS ${type})`;
  const quantity = csv
    ? `CASE WHEN regexp_matches(${text('quantity')}, ${QUANTITY_TEXT}) THEN CAST(TRY_CAST(${text('quantity')} AS DECIMAL(18,3)) * 1000 AS BIGINT) END`
    : `CAST(TRY_CAST(${col('quantity')} AS DECIMAL(18,3)) * 1000 AS BIGINT)`;
  const unreadableDate = ['start_date', 'end_date', 'service_date']
    .map(
      (name) =>
        `(${text(name)} IS NOT NULL AND (NOT regexp_matches(${text(name)}, ${DATE_TEXT}) OR ${date(name)} IS NULL))`,
    )
    .join(' OR ');
  const unreadableNumber = ['hospital_level', 'line_no', 'unit_price_fen', 'amount_fen', 'quantity']
    .map(
      (name) =>
        `(${text(name)} IS NOT NULL AND ${name === 'quantity' ? quantity : integer(name)} IS NULL)`,
    )
    .join(' OR ');
  const rowNumber = !options.rowNumbers
    ? ''
    : csv
      ? ', row_number() OVER () + 1 AS row_no'
      : ', file_row_number + 1 AS row_no';
  return `SELECT
    ${text('encounter_id')} AS encounter_id,
    ${text('person_id')} AS person_id,
    ${text('hospital_code')} AS hospital_code,
    ${text('hospital_name')} AS hospital_name,
    ${integer('hospital_level', 'INTEGER')} AS hospital_level,
    ${text('hospital_sponsor')} AS hospital_sponsor,
    ${text('scheme')} AS scheme,
    ${text('encounter_type')} AS encounter_type,
    ${date('start_date')} AS start_date,
    ${date('end_date')} AS end_date,
    ${text('principal_dx')} AS principal_dx,
    ${integer('line_no', 'INTEGER')} AS line_no,
    ${text('item_code')} AS item_code,
    ${text('category')} AS category,
    ${text('tag')} AS tag,
    ${text('insurance_class')} AS insurance_class,
    ${quantity} AS qty_milli,
    ${integer('unit_price_fen')} AS unit_price_fen,
    ${integer('amount_fen')} AS amount_fen,
    ${date('service_date')} AS service_date,
    ${csv ? `coalesce(${unreadableDate}, false)` : 'false'} AS unreadable_date,
    ${csv ? `coalesce(${unreadableNumber}, false)` : 'false'} AS unreadable_number
    ${rowNumber}
  FROM ${reader(source.kind, Boolean(options.rowNumbers))}`;
}
