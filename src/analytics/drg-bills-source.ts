// A bill file as the DRG stay queries read it: CSV with an explicit column list (no type sniffing), Parquet with
// its stored types; for each line column we check per line, whether the stored type already proves its format.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { SourceColumnName } from './bills/columns';
import type { BillSource } from './bills/source';
import { quoteIdentifier } from './duckdb';

/**
 * How a line column is checked: 'typed' when its stored type can only hold values the reader accepts once
 * they are in range, and fits BIGINT arithmetic (whole numbers; for quantity also DECIMAL(≤15, ≤3)); else 'text'.
 */
export type ColumnKind = 'typed' | 'text';

/** The line columns whose values are checked on every line (the rest are checked once per stay or per value). */
export const CHECKED_LINE_COLUMNS = [
  'line_no',
  'quantity',
  'unit_price_fen',
  'amount_fen',
] as const satisfies readonly SourceColumnName[];

export type CheckedLineColumn = (typeof CHECKED_LINE_COLUMNS)[number];

export interface StaySource {
  source: BillSource;
  /** `FROM` clause with the path as parameter $1. */
  from: string;
  kinds: Record<CheckedLineColumn, ColumnKind>;
  /** 'unit_price_fen' or the yuan column standing in for it; likewise for the amount. */
  priceColumn: 'unit_price_fen' | 'unit_price';
  amountColumn: 'amount_fen' | 'amount';
}

/** Whole-number types whose every value fits in BIGINT. */
const WHOLE = /^(TINYINT|SMALLINT|INTEGER|BIGINT|UTINYINT|USMALLINT|UINTEGER)$/;
/** Quantities whose thousandths fit in BIGINT: small whole numbers, decimals with at most three places. */
const SMALL_WHOLE = /^(TINYINT|SMALLINT|INTEGER|UTINYINT|USMALLINT)$/;
const DECIMAL = /^DECIMAL\((\d+),(\d+)\)$/;

function kindOf(column: CheckedLineColumn, type: string | undefined): ColumnKind {
  if (type === undefined) return 'text';
  if (column !== 'quantity') return WHOLE.test(type) ? 'typed' : 'text';
  if (SMALL_WHOLE.test(type)) return 'typed';
  const decimal = DECIMAL.exec(type);
  return decimal && Number(decimal[1]) <= 15 && Number(decimal[2]) <= 3 ? 'typed' : 'text';
}

/** Describes the stored types (Parquet) or builds the CSV column list (every column as text, named as in the file). */
export async function openStaySource(
  connection: DuckDBConnection,
  source: BillSource,
): Promise<StaySource> {
  const priceColumn = source.columns.includes('unit_price_fen') ? 'unit_price_fen' : 'unit_price';
  const amountColumn = source.columns.includes('amount_fen') ? 'amount_fen' : 'amount';
  if (source.format === 'csv') {
    // names from our own list (checkColumns), checked again as plain identifiers before they reach SQL
    const spec = source.columns
      .map((name) => `'${quoteIdentifier(name).slice(1, -1)}': 'VARCHAR'`)
      .join(', ');
    return {
      source,
      from: `read_csv($1, header = true, columns = {${spec}})`,
      kinds: { line_no: 'text', quantity: 'text', unit_price_fen: 'text', amount_fen: 'text' },
      priceColumn,
      amountColumn,
    };
  }
  const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet($1)`, [
    source.file,
  ]);
  const types = new Map<string, string>();
  for (const row of described.getRowObjectsJson()) {
    types.set(String(row.column_name), String(row.column_type));
  }
  return {
    source,
    from: 'read_parquet($1)',
    kinds: {
      line_no: kindOf('line_no', types.get('line_no')),
      quantity: kindOf('quantity', types.get('quantity')),
      unit_price_fen: kindOf(
        'unit_price_fen',
        types.get(priceColumn === 'unit_price' ? '' : priceColumn),
      ),
      amount_fen: kindOf('amount_fen', types.get(amountColumn === 'amount' ? '' : amountColumn)),
    },
    priceColumn,
    amountColumn,
  };
}
