// A bill file's lines normalised in SQL, generated from the same tables as the JS reader (values-sql.ts): every
// value trimmed, spellings resolved to codes, dates and numbers read with the same shapes and digit limits, and
// for each checked column whether the file gave a value at all. Then the line checks of parse-line.ts as SQL
// predicates over those columns, one per rejection reason: the simulator, the upload check and the rejected-lines
// report all test lines with these.
import type { CodedColumn } from '../../core/simulate/bill-values';
import { timesQuantity } from '../simulate-bulk/sql-money';
import {
  ENCOUNTER_KEY_COLUMNS,
  INPATIENT_KEY_COLUMNS,
  type BillColumnName,
  type SourceColumnName,
} from './columns';
import type { RejectionReason } from './rejections';
import type { BillSource } from './source';
import {
  dateSql,
  givenSql,
  integerSql,
  jsTrim,
  spellingSql,
  thousandthsSql,
  yuanSql,
} from './values-sql';

const TEXT_COLUMNS = [
  'encounter_id',
  'person_id',
  'hospital_code',
  'hospital_name',
  'principal_dx',
  'item_code',
  'item_name',
  'diagnoses',
  'procedures',
  'discharge_type',
  'dept',
] as const satisfies readonly BillColumnName[];

const CODED_COLUMNS = [
  'hospital_level',
  'hospital_sponsor',
  'scheme',
  'encounter_type',
  'category',
  'tag',
  'insurance_class',
  'sex',
] as const satisfies readonly CodedColumn[];

const DATE_COLUMNS = ['start_date', 'end_date', 'service_date'] as const;
const INTEGER_COLUMNS = ['line_no', 'age_years', 'age_days', 'birth_weight_g', 'los_days'] as const;

const WHOLE_TYPE = /^U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)$/;
const DECIMAL_TYPE = /^DECIMAL\((\d+),(\d+)\)$/;

/** A typed column whose values all read as the given shape once in range (so the text need not be parsed). */
const decimalScale = (type: string | undefined) => {
  const match = DECIMAL_TYPE.exec(type ?? '');
  return match ? Number(match[2]) : undefined;
};

/**
 * The SELECT list of the normalised lines, over `source.relation(parameter)`: the format's columns (the
 * quantity as `qty_milli`, money as `unit_price_fen` and `amount_fen` whichever unit the file uses), and
 * `<column>_given` for each checked column: whether its text is not empty. `source_row` when asked for.
 */
export function normalisedLinesSql(
  source: BillSource,
  options: { parameter: string; rowNumbers?: boolean; raw?: boolean },
): string {
  const has = (name: SourceColumnName) => source.columns.includes(name);
  const type = (name: SourceColumnName) => source.types[name];
  const text = (name: SourceColumnName) =>
    !has(name)
      ? 'CAST(NULL AS VARCHAR)'
      : type(name) === 'VARCHAR'
        ? name
        : `CAST(${name} AS VARCHAR)`;
  // A value read means text was given; only where none was read is the text itself looked at (trimming is slow).
  const given = (name: SourceColumnName, value: string) =>
    !has(name)
      ? 'false'
      : type(name) === 'VARCHAR'
        ? `CASE WHEN ${value} IS NOT NULL THEN true ELSE coalesce(${jsTrim(`src__${name}`)} <> '', false) END`
        : `src__${name} IS NOT NULL`;
  const flags: string[] = [];
  const passed: string[] = [];
  const flag = (name: SourceColumnName, value: string, as: string) => {
    flags.push(`${given(name, value)} AS ${as}`);
    if (has(name)) passed.push(name);
  };
  const whole = (name: SourceColumnName) => WHOLE_TYPE.test(type(name) ?? '');
  const select: string[] = [];
  const add = (expression: string, as: string) => select.push(`${expression} AS ${as}`);

  for (const name of TEXT_COLUMNS)
    add(has(name) ? givenSql(text(name)) : 'CAST(NULL AS VARCHAR)', name);
  for (const name of CODED_COLUMNS) {
    const numeric = name === 'hospital_level' || name === 'sex';
    let value = spellingSql(name, text(name));
    if (numeric && whole(name)) {
      const codes = name === 'sex' ? '1, 2' : '1, 2, 3';
      value = `CASE WHEN ${name} IN (${codes}) THEN CAST(${name} AS INTEGER) END`;
    } else if (numeric) value = `CAST(${value} AS INTEGER)`;
    add(has(name) ? value : numeric ? 'CAST(NULL AS INTEGER)' : 'CAST(NULL AS VARCHAR)', name);
  }
  for (const name of DATE_COLUMNS) {
    const value =
      type(name) === 'DATE'
        ? `CASE WHEN year(${name}) BETWEEN 1 AND 9999 THEN ${name} END`
        : dateSql(text(name));
    add(has(name) ? value : 'CAST(NULL AS DATE)', name);
  }
  for (const name of INTEGER_COLUMNS) {
    const value = whole(name)
      ? `CASE WHEN ${name} BETWEEN -999999999999999 AND 999999999999999 THEN CAST(${name} AS BIGINT) END`
      : integerSql(text(name));
    add(has(name) ? value : 'CAST(NULL AS BIGINT)', name);
  }
  const quantityScale = decimalScale(type('quantity'));
  add(
    whole('quantity') || (quantityScale !== undefined && quantityScale <= 3)
      ? `CASE WHEN abs(quantity) < 1000000000 THEN CAST(quantity * 1000 AS BIGINT) END`
      : thousandthsSql(text('quantity')),
    'qty_milli',
  );
  const money = (fen: 'unit_price_fen' | 'amount_fen', yuan: 'unit_price' | 'amount') => {
    if (has(fen)) {
      return whole(fen)
        ? `CASE WHEN ${fen} BETWEEN -999999999999999 AND 999999999999999 THEN CAST(${fen} AS BIGINT) END`
        : integerSql(text(fen));
    }
    const scale = decimalScale(type(yuan));
    return whole(yuan) || (scale !== undefined && scale <= 2)
      ? `CASE WHEN abs(${yuan}) < 10000000000000 THEN CAST(${yuan} * 100 AS BIGINT) END`
      : yuanSql(text(yuan));
  };
  add(money('unit_price_fen', 'unit_price'), 'unit_price_fen');
  add(money('amount_fen', 'amount'), 'amount_fen');

  for (const name of [...CODED_COLUMNS, ...DATE_COLUMNS, ...INTEGER_COLUMNS] as const) {
    flag(name, name, `${name}_given`);
  }
  flag('quantity', 'qty_milli', 'quantity_given');
  flag(
    has('unit_price_fen') ? 'unit_price_fen' : 'unit_price',
    'unit_price_fen',
    'unit_price_given',
  );
  flag(has('amount_fen') ? 'amount_fen' : 'amount', 'amount_fen', 'amount_given');
  for (const name of new Set(passed)) add(name, `src__${name}`);
  if (options.raw) {
    for (const name of source.columns) add(`CAST(${name} AS VARCHAR)`, `raw_${name}`);
  }
  if (options.rowNumbers) {
    add(source.format === 'csv' ? 'row_number() OVER ()' : 'file_row_number + 1', 'source_row');
  }
  const sources = [...new Set(passed)].map((name) => `src__${name}`).join(', ');
  return `SELECT * EXCLUDE (${sources}), ${flags.join(',\n  ')}
FROM (SELECT ${select.join(',\n  ')}\nFROM ${source.relation(options.parameter)})`;
}

/** The first of the `|`-joined diagnosis codes (trimmed, empty ones skipped), as parse-line.ts reads them. */
const FIRST_DIAGNOSIS = `list_filter(list_transform(string_split(diagnoses, '|'), lambda c: ${jsTrim('c')}), lambda c: c <> '')[1]`;

const INPATIENT = `encounter_type = 'inpatient'`;

export interface LineProblem {
  reason: RejectionReason;
  sql: string;
}

const unreadable = (...names: string[]) =>
  names.map((name) => `(${name}_given AND ${name} IS NULL)`).join(' OR ');

/** What is wrong with a line by itself, by reason (parse-line.ts checks the same, in JS). */
export const LINE_PROBLEMS: readonly LineProblem[] = [
  {
    reason: 'missing-value',
    sql: `encounter_id IS NULL OR person_id IS NULL OR hospital_code IS NULL OR principal_dx IS NULL
      OR item_code IS NULL OR NOT hospital_level_given OR NOT hospital_sponsor_given
      OR NOT encounter_type_given OR NOT start_date_given OR NOT end_date_given OR NOT line_no_given
      OR NOT category_given OR NOT insurance_class_given OR NOT quantity_given OR NOT unit_price_given
      OR NOT amount_given`,
  },
  { reason: 'missing-scheme', sql: 'NOT scheme_given' },
  { reason: 'unknown-scheme', sql: unreadable('scheme') },
  { reason: 'unknown-hospital-level', sql: unreadable('hospital_level') },
  { reason: 'unknown-sponsor', sql: unreadable('hospital_sponsor') },
  { reason: 'unknown-encounter-type', sql: unreadable('encounter_type') },
  { reason: 'unknown-category', sql: unreadable('category') },
  { reason: 'unknown-insurance-class', sql: unreadable('insurance_class') },
  { reason: 'unknown-tag', sql: unreadable('tag') },
  { reason: 'malformed-date', sql: unreadable('start_date', 'end_date', 'service_date') },
  { reason: 'end-before-start', sql: 'end_date < start_date' },
  {
    reason: 'malformed-number',
    sql: `${unreadable('line_no')} OR (quantity_given AND qty_milli IS NULL) OR (unit_price_given AND unit_price_fen IS NULL)
      OR (amount_given AND amount_fen IS NULL) OR unit_price_fen < 0
      OR (amount_fen < 0 AND NOT coalesce(qty_milli < 0, false))
      OR (${INPATIENT} AND (${unreadable('sex', 'age_years', 'age_days', 'birth_weight_g', 'los_days')}))`,
  },
  // A negative quantity is a refund (退费) when its amount is negative too (refunds.ts nets it).
  { reason: 'negative-quantity', sql: 'qty_milli < 0 AND amount_fen > 0' },
  { reason: 'zero-quantity', sql: 'qty_milli = 0' },
  {
    reason: 'amount-mismatch',
    sql: `qty_milli <> 0 AND unit_price_fen >= 0 AND NOT (qty_milli < 0 AND amount_fen > 0)
      AND amount_fen <> ${amountOfLine()}`,
  },
  {
    reason: 'inconsistent-encounter',
    // most files write the principal diagnosis first as it is: then the list need not be split
    sql: `CASE WHEN NOT ${INPATIENT} OR diagnoses IS NULL OR diagnoses = principal_dx
        OR starts_with(diagnoses, principal_dx || '|') THEN false
      ELSE ${FIRST_DIAGNOSIS} IS DISTINCT FROM coalesce(principal_dx, '') AND ${FIRST_DIAGNOSIS} IS NOT NULL END`,
  },
];

/**
 * round(price × quantity) to the fen (money.ts multiplyByQuantity): in BIGINT when the product is small, in
 * HUGEINT otherwise, so no accepted price and quantity overflows (both below 10^15 and 10^12).
 */
function amountOfLine(): string {
  return `(CASE WHEN unit_price_fen < 1000000000 AND qty_milli BETWEEN -1000000000 AND 1000000000
      THEN ${timesQuantity('unit_price_fen', 'qty_milli')}
      ELSE ${timesQuantity('CAST(unit_price_fen AS HUGEINT)', 'qty_milli')} END)`;
}

/** One predicate, NULL counted as false. */
export const problemSql = (sql: string) => `coalesce((${sql}), false)`;

/** True when the line by itself has any problem. */
export const LINE_BAD_SQL = `(${LINE_PROBLEMS.map((p) => problemSql(p.sql)).join('\n    OR ')})`;

/** One hash of the encounter fields a line writes; lines of one encounter must agree on it. */
export const ENCOUNTER_KEY_SQL = `hash(${[
  ...ENCOUNTER_KEY_COLUMNS,
  ...INPATIENT_KEY_COLUMNS.map((name) => `CASE WHEN ${INPATIENT} THEN ${name} END`),
].join(', ')})`;

/** Lines whose item code, price, quantity and amount are all read can be netted against each other. */
export const NETTABLE_SQL =
  'item_code IS NOT NULL AND unit_price_fen IS NOT NULL AND qty_milli IS NOT NULL AND amount_fen IS NOT NULL';

/**
 * A refund group (the lines of one item at one price in an encounter, with a refund among them) whose net
 * quantity or amount is below zero, or whose quantity nets to zero but not its amount: its refunds match no charge.
 */
export const REFUND_WITHOUT_CHARGE_SQL = (netQuantity: string, netAmount: string) =>
  `(${netQuantity} < 0 OR ${netAmount} < 0 OR (${netQuantity} = 0 AND ${netAmount} <> 0))`;

/** Hospitals whose lines write two levels, sponsors or names anywhere in the file, over normalised lines `lines`. */
export const conflictingHospitalsSql = (lines: string) =>
  `SELECT hospital_code FROM (${lines}) WHERE hospital_code IS NOT NULL GROUP BY hospital_code
  HAVING count(DISTINCT hospital_level) > 1 OR count(DISTINCT hospital_sponsor) > 1
    OR count(DISTINCT coalesce(hospital_name, '')) > 1`;
