// The bill file format in one place: one row per bill line, the encounter's fields repeated on each line
// (docs/bills.md describes every column). The reader, the demo writer and the bulk engine all use this list.

export type BillColumnType =
  'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DATE' | 'DECIMAL(12,3)' | 'DECIMAL(14,2)';

export interface BillColumn {
  name: string;
  type: BillColumnType;
  /** A file may leave the column out (outpatient-only exports, files without DRG fields). */
  optional?: true;
}

export const BILL_COLUMNS = [
  { name: 'encounter_id', type: 'VARCHAR' },
  { name: 'person_id', type: 'VARCHAR' },
  { name: 'hospital_code', type: 'VARCHAR' },
  { name: 'hospital_name', type: 'VARCHAR', optional: true },
  { name: 'hospital_level', type: 'INTEGER' },
  { name: 'hospital_sponsor', type: 'VARCHAR' },
  { name: 'scheme', type: 'VARCHAR' },
  { name: 'encounter_type', type: 'VARCHAR' },
  { name: 'start_date', type: 'DATE' },
  { name: 'end_date', type: 'DATE' },
  { name: 'principal_dx', type: 'VARCHAR' },
  { name: 'diagnoses', type: 'VARCHAR', optional: true },
  { name: 'procedures', type: 'VARCHAR', optional: true },
  { name: 'sex', type: 'INTEGER', optional: true },
  { name: 'age_years', type: 'INTEGER', optional: true },
  { name: 'age_days', type: 'INTEGER', optional: true },
  { name: 'birth_weight_g', type: 'INTEGER', optional: true },
  { name: 'los_days', type: 'INTEGER', optional: true },
  { name: 'discharge_type', type: 'VARCHAR', optional: true },
  { name: 'dept', type: 'VARCHAR', optional: true },
  { name: 'line_no', type: 'INTEGER' },
  { name: 'item_code', type: 'VARCHAR' },
  { name: 'item_name', type: 'VARCHAR', optional: true },
  { name: 'category', type: 'VARCHAR' },
  { name: 'tag', type: 'VARCHAR', optional: true },
  { name: 'insurance_class', type: 'VARCHAR' },
  { name: 'quantity', type: 'DECIMAL(12,3)' },
  { name: 'unit_price_fen', type: 'BIGINT' },
  { name: 'amount_fen', type: 'BIGINT' },
  { name: 'service_date', type: 'DATE', optional: true },
] as const satisfies readonly BillColumn[];

export type BillColumnName = (typeof BILL_COLUMNS)[number]['name'];

export const BILL_COLUMN_NAMES: readonly BillColumnName[] = BILL_COLUMNS.map((c) => c.name);

/** Hospital exports write prices in yuan: each of these may stand in for the fen column it names. */
export const YUAN_COLUMNS = {
  unit_price: 'unit_price_fen',
  amount: 'amount_fen',
} as const satisfies Record<string, BillColumnName>;

export type YuanColumnName = keyof typeof YUAN_COLUMNS;

/** Every name a file may carry: the format's columns and the yuan variants. */
export type SourceColumnName = BillColumnName | YuanColumnName;

/** One bill line with typed values, as the demo generator writes it. */
export interface BillRow {
  encounter_id: string;
  person_id: string;
  hospital_code: string;
  hospital_name: string;
  hospital_level: 1 | 2 | 3;
  hospital_sponsor: string;
  scheme: string;
  encounter_type: 'outpatient' | 'inpatient';
  start_date: string;
  end_date: string;
  principal_dx: string;
  diagnoses: string;
  procedures: string;
  sex: 1 | 2;
  age_years: number;
  age_days: number;
  birth_weight_g: number | null;
  los_days: number;
  discharge_type: string;
  dept: string;
  line_no: number;
  item_code: string;
  item_name: string;
  category: string;
  tag: string | null;
  insurance_class: 'A' | 'B' | 'C';
  /** Thousandths of a unit: 1500 = 1.5. Kept whole so no float reaches the file. */
  quantity_thousandths: number;
  unit_price_fen: number;
  amount_fen: number;
  service_date: string | null;
}

/** `columns={...}` for DuckDB's read_csv: the format's names and types, built from this list only. */
export function csvColumnsSpec(): string {
  return `{${BILL_COLUMNS.map((c) => `'${c.name}': '${c.type}'`).join(', ')}}`;
}
