// SQL over a bill file for DRG work, in one pass per question: the values the reader looks up (read once per
// distinct value), and one row per inpatient stay with its total, its line count and its line checks as counts.
import {
  ENCOUNTER_KEY_COLUMNS,
  INPATIENT_KEY_COLUMNS,
  type SourceColumnName,
} from './bills/columns';
import type { CheckedLineColumn, StaySource } from './drg-bills-source';
import { jsTrim, spellingSql } from './bills/values-sql';
import { quoteIdentifier } from './duckdb';

const q = quoteIdentifier;

/** The columns an encounter repeats on each of its lines (docs/bills.md), after its id. */
export const ENCOUNTER_COLUMNS: readonly SourceColumnName[] = [
  ...ENCOUNTER_KEY_COLUMNS,
  ...INPATIENT_KEY_COLUMNS,
];

/** Line columns whose distinct values (in inpatient lines) are checked with the reader's own functions. */
export const VALUE_COLUMNS = [
  'category',
  'insurance_class',
  'tag',
  'service_date',
] as const satisfies readonly SourceColumnName[];

export type ValueColumn = (typeof VALUE_COLUMNS)[number];

/** The line checks counted per stay, in the order they are reported. */
export const LINE_CHECKS = ['missing', 'integer', 'quantity', 'money', 'amount'] as const;

const text = (column: string) => `CAST(${q(column)} AS VARCHAR)`;

/** A line that says it is inpatient, spelled as the reader accepts it (encounterTypeOf). */
export const INPATIENT_LINE = `${spellingSql('encounter_type', text('encounter_type'))} = 'inpatient'`;

/** Columns the file has; a missing optional column reads as NULL. */
function column(stay: StaySource, name: SourceColumnName): string {
  return stay.source.columns.includes(name) ? q(name) : `CAST(NULL AS VARCHAR)`;
}

const HOSPITAL_COLUMNS = [
  'hospital_code',
  'hospital_name',
  'hospital_level',
  'hospital_sponsor',
] as const satisfies readonly SourceColumnName[];

/** More distinct values than this in the file values query means the file is not one the checks can vouch for. */
export const VALUES_LIMIT = 200_000;

/**
 * One scan: every hospital's code, name, level and sponsor as written (all lines: the reader compares
 * hospitals across all encounters), and each value column's distinct values in lines marked inpatient.
 */
export function fileValuesSql(stay: StaySource): string {
  const names = [...HOSPITAL_COLUMNS, ...VALUE_COLUMNS];
  const inner = names.map((name) => `${column(stay, name)} AS ${q(name)}`).join(', ');
  const sets = [
    `(${HOSPITAL_COLUMNS.map(q).join(', ')})`,
    ...VALUE_COLUMNS.map((name) => `(inpatient, ${q(name)})`),
  ];
  const setName = VALUE_COLUMNS.map((name) => `WHEN grouping(${q(name)}) = 0 THEN '${name}'`).join(
    ' ',
  );
  // grouped as stored, turned into text only once per distinct value
  return `SELECT CASE ${setName} ELSE 'hospital' END AS set_name,
  ${names.map((name) => `${text(name)} AS ${q(name)}`).join(', ')}
FROM (SELECT ${INPATIENT_LINE} AS inpatient, ${inner} FROM ${stay.from})
GROUP BY GROUPING SETS (${sets.join(', ')})
HAVING grouping(inpatient) = 1 OR inpatient
LIMIT ${VALUES_LIMIT + 1}`;
}

const MAX_SAFE = '9007199254740991';
const INTEGER = `'^[+-]?[0-9]{1,15}(\\.0*)?$'`;
const FEN = `'^[0-9]{1,15}(\\.0*)?$'`;
const YUAN = `'^[0-9]{1,13}(\\.[0-9]{1,2}0*)?$'`;
const QUANTITY = `'^[0-9]{1,9}(\\.[0-9]{1,3}0*)?$'`;

/** Per line: each checked column's value as BIGINT (NULL when malformed) and the condition that it is malformed. */
function lineValues(stay: StaySource) {
  const trimmed = (name: string) => `trim(${text(name)})`;
  const { kinds, priceColumn, amountColumn } = stay;
  const money = (kind: CheckedLineColumn, name: string) => {
    if (!name.endsWith('_fen')) {
      return {
        value: `TRY_CAST(TRY_CAST(${trimmed(name)} AS DECIMAL(18,2)) * 100 AS BIGINT)`,
        bad: `NOT regexp_full_match(${trimmed(name)}, ${YUAN})`,
      };
    }
    return kinds[kind] === 'typed'
      ? {
          value: `CAST(${q(name)} AS BIGINT)`,
          bad: `(${q(name)} < 0 OR ${q(name)} > ${MAX_SAFE})`,
        }
      : {
          value: `TRY_CAST(split_part(${trimmed(name)}, '.', 1) AS BIGINT)`,
          bad: `NOT regexp_full_match(${trimmed(name)}, ${FEN})`,
        };
  };
  const lineNo =
    kinds.line_no === 'typed'
      ? { value: `CAST(line_no AS BIGINT)`, bad: `abs(CAST(line_no AS BIGINT)) > ${MAX_SAFE}` }
      : {
          value: `TRY_CAST(split_part(${trimmed('line_no')}, '.', 1) AS BIGINT)`,
          bad: `NOT regexp_full_match(${trimmed('line_no')}, ${INTEGER})`,
        };
  const quantity =
    kinds.quantity === 'typed'
      ? { value: `CAST(quantity * 1000 AS BIGINT)`, bad: 'false' }
      : {
          value: `TRY_CAST(TRY_CAST(${trimmed('quantity')} AS DECIMAL(18,3)) * 1000 AS BIGINT)`,
          bad: `NOT regexp_full_match(${trimmed('quantity')}, ${QUANTITY})`,
        };
  return {
    lineNo,
    quantity,
    price: money('unit_price_fen', priceColumn),
    amount: money('amount_fen', amountColumn),
    empty: (name: string) =>
      kinds[name as CheckedLineColumn] === 'typed'
        ? `${q(name)} IS NULL`
        : `coalesce(${jsTrim(text(name))}, '') = ''`,
  };
}

/**
 * amount = price × quantity rounded half up to the fen (multiplyByQuantity; both are ≥ 0 here): in BIGINT when
 * the product cannot overflow, else in HUGEINT for values up to 2^53; beyond that the line fails the check.
 */
const AMOUNT_MATCHES = `CASE
  WHEN price_fen_value BETWEEN 0 AND 1073741823 AND thousandths BETWEEN 0 AND 1073741823
    THEN amount_fen_value = (2 * price_fen_value * thousandths + 1000) // 2000
  WHEN price_fen_value BETWEEN 0 AND ${MAX_SAFE} AND thousandths BETWEEN 0 AND ${MAX_SAFE}
    THEN amount_fen_value = (2 * CAST(price_fen_value AS HUGEINT) * thousandths + 1000) // 2000
  ELSE false END`;

/**
 * One row per inpatient stay (an encounter with a line marked inpatient): each encounter column's value
 * (the least, with `disagree` true when its lines write it differently or repeat a line number), the line
 * count, the total in fen, and per line check the number of lines that fail it.
 */
export function staysTableSql(stay: StaySource, table: string): string {
  const v = lineValues(stay);
  const { priceColumn, amountColumn } = stay;
  const needed: SourceColumnName[] = [
    'encounter_id',
    ...ENCOUNTER_COLUMNS,
    'line_no',
    'item_code',
    'quantity',
    priceColumn,
    amountColumn,
  ];
  // the encounter is the trimmed id, as every reader keys it (" E1" and "E1" are one stay)
  const encounterId = `nullif(${jsTrim(text('encounter_id'))}, '')`;
  const src = needed
    .map((name) =>
      name === 'encounter_id'
        ? `${encounterId} AS encounter_id`
        : `${column(stay, name)} AS ${q(name)}`,
    )
    .join(', ');
  const values = ENCOUNTER_COLUMNS.map((name) => `CAST(min(${q(name)}) AS VARCHAR) AS ${q(name)}`);
  const disagree = ENCOUNTER_COLUMNS.map(
    (name) =>
      `min(${q(name)}) IS DISTINCT FROM max(${q(name)}) OR count(${q(name)}) NOT IN (0, count(*))`,
  );
  disagree.push(`count(DISTINCT line_number) <> count(*)`);
  const checks: Record<(typeof LINE_CHECKS)[number], string> = {
    missing: [
      `item_code IS NULL OR ${jsTrim(text('item_code'))} = ''`,
      ...(['line_no', 'quantity'] as const).map(v.empty),
      ...(
        [
          ['unit_price_fen', priceColumn],
          ['amount_fen', amountColumn],
        ] as const
      ).map(([kind, name]) =>
        stay.kinds[kind] === 'typed' && name.endsWith('_fen')
          ? `${q(name)} IS NULL`
          : `coalesce(${jsTrim(text(name))}, '') = ''`,
      ),
    ].join(' OR '),
    integer: v.lineNo.bad,
    quantity: `${v.quantity.bad} OR coalesce(thousandths, 0) <= 0`,
    money: `${v.price.bad} OR ${v.amount.bad}`,
    amount: `NOT coalesce(${AMOUNT_MATCHES}, false)`,
  };
  const counts = LINE_CHECKS.map(
    (name) => `count(*) FILTER (WHERE ${checks[name]}) AS ${q(`bad_${name}`)}`,
  );
  return `CREATE TEMP TABLE ${q(table)} AS
WITH ids AS (SELECT DISTINCT ${encounterId} AS encounter_id FROM ${stay.from}
  WHERE ${encounterId} IS NOT NULL AND ${INPATIENT_LINE}),
lines AS (SELECT *, ${v.lineNo.value} AS line_number, ${v.quantity.value} AS thousandths,
  ${v.price.value} AS price_fen_value, ${v.amount.value} AS amount_fen_value
  FROM (SELECT ${src} FROM ${stay.from}) SEMI JOIN ids USING (encounter_id))
SELECT CAST(encounter_id AS VARCHAR) AS encounter_id, ${values.join(', ')},
  count(*) AS line_count, CAST(sum(amount_fen_value) AS VARCHAR) AS cost_fen,
  (${disagree.join('\n    OR ')}) AS disagree,
  ${counts.join(',\n  ')}
FROM lines GROUP BY encounter_id`;
}

/** Totals over the stays table: stays, stays whose lines disagree, and lines failing each check. */
export function staysSummarySql(table: string): string {
  const sums = LINE_CHECKS.map((name) => `sum(${q(`bad_${name}`)}) AS ${q(name)}`);
  return `SELECT count(*) AS stays, count(*) FILTER (WHERE disagree) AS disagree, ${sums.join(', ')}
FROM ${q(table)}`;
}

/** The stays in hospital and discharge order. */
export function staysInOrderSql(table: string): string {
  const names = ['encounter_id', ...ENCOUNTER_COLUMNS, 'line_count', 'cost_fen'];
  return `SELECT ${names.map(q).join(', ')} FROM ${q(table)}
ORDER BY hospital_code, end_date, encounter_id`;
}

/** Per hospital, the levels its inpatient lines write and its number of inpatient encounters (for the reader path). */
export function inpatientHospitalsSql(stay: StaySource): string {
  return `SELECT CAST(hospital_code AS VARCHAR) AS hospital_code,
  list(DISTINCT CAST(hospital_level AS VARCHAR)) AS levels, count(DISTINCT encounter_id) AS encounters
FROM ${stay.from} WHERE ${INPATIENT_LINE} GROUP BY ALL`;
}
