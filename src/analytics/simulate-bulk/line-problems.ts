// Why a bill line cannot be simulated, as SQL predicates over the normalised source columns, by rejection
// reason of analytics/bills/rejections.ts. A line with any problem takes its encounter with it.
//
// A problem's scope says which fields it reads. 'line' problems read the line's own fields and are tested
// on every line. 'encounter' problems read only fields every line of an encounter repeats (and
// `unreadable_number`), so the encounter pass tests them once per encounter, on its one copy of those
// fields: the same answer whenever the lines agree, and an encounter whose lines disagree is rejected as
// inconsistent anyway. The rejected-lines report tests both on every line.
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

export interface LineProblem {
  reason: RejectionReason;
  scope: 'line' | 'encounter';
  sql: string;
}

export const LINE_PROBLEMS: readonly LineProblem[] = [
  {
    reason: 'missing-value',
    scope: 'line',
    sql: `NOT unreadable_number AND (item_code IS NULL OR line_no IS NULL OR qty_milli IS NULL
      OR unit_price_fen IS NULL OR amount_fen IS NULL)`,
  },
  {
    reason: 'missing-value',
    scope: 'encounter',
    sql: `NOT unreadable_number AND (encounter_id IS NULL OR person_id IS NULL OR hospital_code IS NULL
      OR principal_dx IS NULL)`,
  },
  {
    reason: 'malformed-number',
    scope: 'line',
    sql: 'unreadable_number OR unit_price_fen < 0 OR amount_fen < 0',
  },
  { reason: 'negative-quantity', scope: 'line', sql: 'qty_milli < 0' },
  { reason: 'zero-quantity', scope: 'line', sql: 'qty_milli = 0' },
  {
    reason: 'amount-mismatch',
    scope: 'line',
    sql: `qty_milli > 0 AND unit_price_fen >= 0 AND amount_fen <> ${timesQuantity('unit_price_fen', 'qty_milli')}`,
  },
  { reason: 'missing-scheme', scope: 'encounter', sql: 'scheme IS NULL' },
  {
    reason: 'unknown-scheme',
    scope: 'encounter',
    sql: `scheme NOT IN ${codeList(INSURANCE_SCHEMES)}`,
  },
  { reason: 'malformed-date', scope: 'line', sql: 'unreadable_date' },
  { reason: 'malformed-date', scope: 'encounter', sql: 'start_date IS NULL OR end_date IS NULL' },
  { reason: 'end-before-start', scope: 'encounter', sql: 'end_date < start_date' },
  {
    reason: 'unknown-category',
    scope: 'line',
    sql: `category IS NULL OR category NOT IN ${codeList(CHARGE_CATEGORIES)}`,
  },
  {
    reason: 'unknown-insurance-class',
    scope: 'line',
    sql: `insurance_class IS NULL OR insurance_class NOT IN ${codeList(['A', 'B', 'C'])}`,
  },
  {
    reason: 'unknown-encounter-type',
    scope: 'encounter',
    sql: `encounter_type IS NULL OR encounter_type NOT IN ${codeList(['outpatient', 'inpatient'])}`,
  },
  {
    reason: 'unknown-hospital-level',
    scope: 'encounter',
    sql: 'NOT unreadable_number AND (hospital_level IS NULL OR hospital_level NOT IN (1, 2, 3))',
  },
  {
    reason: 'unknown-sponsor',
    scope: 'encounter',
    sql: `hospital_sponsor IS NULL OR hospital_sponsor NOT IN ${codeList(['government', 'public-institution', 'state-enterprise', 'private'])}`,
  },
  {
    reason: 'unknown-tag',
    scope: 'line',
    sql: `tag IS NOT NULL AND tag NOT IN ${codeList(['large-equipment', 'pharmacy-service-fee', 'tcm-service'])}`,
  },
];

/** One predicate, NULL counted as false. */
export const problemSql = (sql: string) => `coalesce((${sql}), false)`;

const anyProblem = (scopes: readonly LineProblem['scope'][]) =>
  `(${LINE_PROBLEMS.filter((p) => scopes.includes(p.scope))
    .map((p) => problemSql(p.sql))
    .join('\n    OR ')})`;

/** True when the line has any problem. */
export const LINE_BAD_SQL = anyProblem(['line', 'encounter']);

/** True when the line's own fields have a problem (tested on every line by the encounter pass). */
export const LINE_FIELDS_BAD_SQL = anyProblem(['line']);

/** True when the encounter's fields have a problem (tested once per encounter by the encounter pass). */
export const ENCOUNTER_FIELDS_BAD_SQL = anyProblem(['encounter']);
