// Bill rows as CSV text in the column order of the bill file format: empty strings quoted, nulls bare,
// quantities with three decimals, so DuckDB reads the text back to exactly the values generated.
import { BILL_COLUMN_NAMES, type BillRow } from '../../analytics/bills/columns';

export const CSV_HEADER = `${BILL_COLUMN_NAMES.join(',')}\n`;

const needsQuotes = /[",\n\r]/;

function text(value: string | null): string {
  if (value === null) return '';
  if (value === '') return '""';
  return needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function quantity(thousandths: number): string {
  const sign = thousandths < 0 ? '-' : '';
  const magnitude = Math.abs(thousandths);
  return `${sign}${Math.floor(magnitude / 1000)}.${String(magnitude % 1000).padStart(3, '0')}`;
}

export function csvRow(row: BillRow): string {
  return (
    `${text(row.encounter_id)},${text(row.person_id)},${text(row.hospital_code)},` +
    `${text(row.hospital_name)},${row.hospital_level},${text(row.hospital_sponsor)},` +
    `${text(row.scheme)},${row.encounter_type},${row.start_date},${row.end_date},` +
    `${text(row.principal_dx)},${text(row.diagnoses)},${text(row.procedures)},${row.sex},` +
    `${row.age_years},${row.age_days},${row.birth_weight_g ?? ''},${row.los_days},` +
    `${text(row.discharge_type)},${text(row.dept)},${row.line_no},${text(row.item_code)},` +
    `${text(row.item_name)},${text(row.category)},${text(row.tag)},${row.insurance_class},` +
    `${quantity(row.quantity_thousandths)},${row.unit_price_fen},${row.amount_fen},` +
    `${row.service_date ?? ''}\n`
  );
}
