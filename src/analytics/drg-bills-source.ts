// A bill file as the DRG stay queries read it (the shared BillSource: every CSV column as text, Parquet with
// its stored types, headers renamed to the format's columns); for each line column we check per line, whether the stored type already proves its format.
import type { SourceColumnName } from './bills/columns';
import type { BillSource } from './bills/source';

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

/** How each checked column is read: from the stored types (Parquet); every CSV column is text. */
export async function openStaySource(source: BillSource): Promise<StaySource> {
  const priceColumn = source.columns.includes('unit_price_fen') ? 'unit_price_fen' : 'unit_price';
  const amountColumn = source.columns.includes('amount_fen') ? 'amount_fen' : 'amount';
  if (source.format === 'csv') {
    return {
      source,
      from: source.from,
      kinds: { line_no: 'text', quantity: 'text', unit_price_fen: 'text', amount_fen: 'text' },
      priceColumn,
      amountColumn,
    };
  }
  const types = source.types;
  return {
    source,
    from: source.from,
    kinds: {
      line_no: kindOf('line_no', types.line_no),
      quantity: kindOf('quantity', types.quantity),
      unit_price_fen: kindOf(
        'unit_price_fen',
        priceColumn === 'unit_price' ? undefined : types.unit_price_fen,
      ),
      amount_fen: kindOf('amount_fen', amountColumn === 'amount' ? undefined : types.amount_fen),
    },
    priceColumn,
    amountColumn,
  };
}
