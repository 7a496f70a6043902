// The bill format's columns (core/simulate/bill-columns.ts) as the readers and the demo writer use them.

export {
  BILL_COLUMNS,
  BILL_COLUMN_NAMES,
  YUAN_COLUMNS,
  billColumnOf,
  headerKey,
  type BillColumn,
  type BillColumnName,
  type BillColumnType,
  type SourceColumnName,
  type YuanColumnName,
} from '../../core/simulate/bill-columns';
import { BILL_COLUMNS, type BillColumnName } from '../../core/simulate/bill-columns';

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

/**
 * The encounter fields every line of an encounter repeats, as readers compare them: lines whose values (as
 * read, after the spellings are resolved) differ in any of these belong to no one encounter.
 */
export const ENCOUNTER_KEY_COLUMNS = [
  'person_id',
  'hospital_code',
  'hospital_name',
  'hospital_level',
  'hospital_sponsor',
  'scheme',
  'encounter_type',
  'start_date',
  'end_date',
  'principal_dx',
] as const satisfies readonly BillColumnName[];

/** The 病案首页 fields an inpatient encounter repeats too (outpatient lines may write them as they like). */
export const INPATIENT_KEY_COLUMNS = [
  'diagnoses',
  'procedures',
  'sex',
  'age_years',
  'age_days',
  'birth_weight_g',
  'los_days',
  'discharge_type',
  'dept',
] as const satisfies readonly BillColumnName[];
