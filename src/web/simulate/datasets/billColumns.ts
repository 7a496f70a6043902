// The bill file's columns (core/simulate/bill-columns.ts with what each accepts), shown in the format help of
// the bill-dataset page: one table for the help, the templates and the readers.
import {
  BILL_COLUMN_ACCEPTED,
  YUAN_COLUMN_ACCEPTED,
} from '../../../core/simulate/bill-column-guide';
import {
  BILL_COLUMNS as FORMAT_COLUMNS,
  YUAN_COLUMN_HEADERS,
} from '../../../core/simulate/bill-columns';

export interface BillColumn {
  column: string;
  /** The Chinese header a hospital export (and the Chinese template) gives the column, with its aliases. */
  header: string;
  type: string;
  meaning: string;
  accepted: string;
  optional?: true;
}

export const BILL_COLUMNS: BillColumn[] = [
  ...FORMAT_COLUMNS.map((column) => ({
    column: column.name,
    header: [column.header, ...column.aliases].join('、'),
    type: column.type,
    meaning: column.meaning,
    accepted: BILL_COLUMN_ACCEPTED[column.name],
    ...('optional' in column ? { optional: true as const } : {}),
  })),
  ...(['unit_price', 'amount'] as const).map((name) => ({
    column: name,
    header: [YUAN_COLUMN_HEADERS[name].header, ...YUAN_COLUMN_HEADERS[name].aliases].join('、'),
    type: 'DECIMAL(14,2)',
    meaning: name === 'unit_price' ? '单价，以元计' : '金额，以元计',
    accepted: YUAN_COLUMN_ACCEPTED[name],
    optional: true as const,
  })),
];
