// Why a bill line cannot be simulated, as SQL predicates over the normalised source columns, one per
// rejection reason of analytics/bills/rejections.ts. A line with any problem takes its encounter with it.
import { CHARGE_CATEGORIES } from '../../core/simulate/categories';
import { INSURANCE_SCHEMES } from '../../core/simulate/bills';
import type { RejectionReason } from '../bills/rejections';
import { timesQuantity } from './sql-money';

/** Our own code lists as SQL literals (none contains a quote; checked, since they enter SQL text). */
export function codeList(codes: readonly string[]): string {
  for (const code of codes)
    if (!/^[A-Za-z0-9-]+$/.test(code)) throw new Error(`not a code: ${code}`);
  return `(${codes.map((code) => `'${code}'`).join(', ')})`;
}

export const DRUG_LIST = codeList(['western-drug', 'tcm-patent-drug', 'tcm-decoction-pieces']);

export const LINE_PROBLEMS: readonly { reason: RejectionReason; sql: string }[] = [
  {
    reason: 'missing-value',
    sql: `NOT unreadable_number AND (encounter_id IS NULL OR person_id IS NULL OR hospital_code IS NULL
      OR principal_dx IS NULL OR item_code IS NULL OR line_no IS NULL OR qty_milli IS NULL
      OR unit_price_fen IS NULL OR amount_fen IS NULL)`,
  },
  { reason: 'malformed-number', sql: 'unreadable_number OR unit_price_fen < 0 OR amount_fen < 0' },
  { reason: 'negative-quantity', sql: 'qty_milli < 0' },
  { reason: 'zero-quantity', sql: 'qty_milli = 0' },
  {
    reason: 'amount-mismatch',
    sql: `qty_milli > 0 AND unit_price_fen >= 0 AND amount_fen <> ${timesQuantity('unit_price_fen', 'qty_milli')}`,
  },
  { reason: 'missing-scheme', sql: 'scheme IS NULL' },
  { reason: 'unknown-scheme', sql: `scheme NOT IN ${codeList(INSURANCE_SCHEMES)}` },
  {
    reason: 'malformed-date',
    sql: 'unreadable_date OR start_date IS NULL OR end_date IS NULL',
  },
  { reason: 'end-before-start', sql: 'end_date < start_date' },
  {
    reason: 'unknown-category',
    sql: `category IS NULL OR category NOT IN ${codeList(CHARGE_CATEGORIES)}`,
  },
  {
    reason: 'unknown-insurance-class',
    sql: `insurance_class IS NULL OR insurance_class NOT IN ${codeList(['A', 'B', 'C'])}`,
  },
  {
    reason: 'unknown-encounter-type',
    sql: `encounter_type IS NULL OR encounter_type NOT IN ${codeList(['outpatient', 'inpatient'])}`,
  },
  {
    reason: 'unknown-hospital-level',
    sql: 'NOT unreadable_number AND (hospital_level IS NULL OR hospital_level NOT IN (1, 2, 3))',
  },
  {
    reason: 'unknown-sponsor',
    sql: `hospital_sponsor IS NULL OR hospital_sponsor NOT IN ${codeList(['government', 'public-institution', 'state-enterprise', 'private'])}`,
  },
  {
    reason: 'unknown-tag',
    sql: `tag IS NOT NULL AND tag NOT IN ${codeList(['large-equipment', 'pharmacy-service-fee', 'tcm-service'])}`,
  },
];

/** One predicate, NULL counted as false. */
export const problemSql = (sql: string) => `coalesce((${sql}), false)`;

/** True when the line has any problem. */
export const LINE_BAD_SQL = `(${LINE_PROBLEMS.map((p) => problemSql(p.sql)).join('\n    OR ')})`;
