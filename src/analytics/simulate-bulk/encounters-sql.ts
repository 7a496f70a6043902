// The main pass over the bill lines: each re-priced line (repriced-lines-sql.ts) summed into its encounter,
// before and after, split the way adjudication needs (core/simulate/adjudicate.ts) — a handful of sums per
// encounter; revenue by category is summed per hospital and disease by the second scan (revenue-sql.ts).
// Lines are grouped by encounter id alone, so each encounter id has one row: the encounter fields every
// line repeats are kept once, and a hash of them per line tells whether the lines agree.
import type { BulkLines } from './bill-lines';
import { quoteIdentifier } from '../duckdb';
import { ENCOUNTER_KEY_SQL } from '../bills/lines-sql';
import type { Scenario } from '../../core/simulate/scenario';
import { repricedLinesCtes } from './repriced-lines-sql';
import type { ScenarioShape, Side } from './scenario-tables';
import { sumFen, timesQuantity } from './sql-money';

/** The encounter fields every line repeats besides the id; lines that differ in any of them disagree. */
export const ENCOUNTER_FIELDS = [
  'person_id',
  'hospital_code',
  'hospital_level',
  'hospital_sponsor',
  'scheme',
  'encounter_type',
  'start_date',
  'end_date',
  'principal_dx',
] as const;

const SIDE_NUMBER: Record<Side, number> = { before: 0, after: 1 };

/** Joins a side's fixed-amount rule onto the line: the item-code match first, else the category one. */
function fixedJoin(side: Side, shape: ScenarioShape): { join: string; columns: string } {
  const { any, byItemCode } = shape.fixed[side];
  const p = side === 'before' ? 'fb' : 'fa';
  if (!any) return { join: '', columns: '' };
  const on = (alias: string) =>
    `${alias}.side = ${SIDE_NUMBER[side]} AND ${alias}.scheme = l.scheme AND ${alias}.level = l.hospital_level
      AND ${alias}.encounter_type = l.encounter_type AND ${alias}.category = l.category`;
  let join = `LEFT JOIN scn_fixed ${p} ON ${on(p)} AND ${p}.item_code IS NULL`;
  if (byItemCode)
    join += `\n    LEFT JOIN scn_fixed ${p}i ON ${on(`${p}i`)} AND ${p}i.item_code = l.item_code`;
  const pick = (column: string) =>
    byItemCode
      ? `CASE WHEN ${p}i.fixed_no IS NOT NULL THEN ${p}i.${column} ELSE ${p}.${column} END`
      : `${p}.${column}`;
  const columns = ['fixed_no', 'per_day', 'quota_fen', 'raised_part', 'remainder_self']
    .map((column) => `${pick(column)} AS ${side}_${column}`)
    .join(',\n    ');
  return { join, columns: `,\n    ${columns}` };
}

/**
 * Per side, what adjudication does line by line (adjudicate.ts steps 1–2): class C lines go to the patient;
 * a line matching a fixed-amount rule has the fund pay min(part, quota) — per day here, per visit later
 * (the quota is shared by the encounter's lines in order, see settle-sql.ts) — and the rest goes to the
 * patient ('R') or to the class A / B sums the ratio path settles.
 */
function sideColumns(side: Side, shape: ScenarioShape): string {
  const amount = side === 'before' ? 'amount_fen' : 'amount_after';
  const insuranceClass = side === 'before' ? 'insurance_class' : 'class_after';
  const raised = side === 'before' ? '0' : 'raised_after';
  if (!shape.fixed[side].any) {
    return `${amount} AS ${side}_amount, ${insuranceClass} AS ${side}_bucket, 0 AS ${side}_day_paid`;
  }
  const s = side;
  const matched = `(${insuranceClass} <> 'C' AND ${s}_fixed_no IS NOT NULL)`;
  const part = `CASE WHEN ${s}_raised_part THEN least(${raised}, ${amount}) ELSE ${amount} END`;
  return `${amount} AS ${s}_amount,
    CASE WHEN ${insuranceClass} = 'C' THEN 'C' WHEN ${matched} AND ${s}_remainder_self THEN 'R'
      ELSE ${insuranceClass} END AS ${s}_bucket,
    CASE WHEN ${matched} AND ${s}_per_day
      THEN least(${part}, ${timesQuantity(`${s}_quota_fen`, 'qty_milli')}) ELSE 0 END AS ${s}_day_paid,
    ${matched} AND NOT ${s}_per_day AS ${s}_visit,
    ${part} AS ${s}_part`;
}

/** A per-visit line's rule and bucket as one number: fixed_no × 4 + VISIT_BUCKETS index. */
export const VISIT_BUCKETS = ['A', 'B', 'R'] as const;
const visitKey = (side: Side) =>
  `${side}_fixed_no * 4 + CASE ${side}_bucket ${VISIT_BUCKETS.map((b, i) => `WHEN '${b}' THEN ${i}`).join(' ')} END`;

/**
 * Per side: the cost (the encounter's amounts), patient-paid class C, fund-paid per-day quotas, quota
 * remainders left to the patient and class B. Class A is the rest (settle-sql.ts): buckets C, R, A, B cover
 * every line, and only matched (non-C) lines have a quota paid.
 */
function sideAggregates(side: Side, shape: ScenarioShape): string {
  const s = side;
  const bucket = (b: string) =>
    sumFen(`CASE WHEN ${s}_bucket = '${b}' THEN ${s}_amount - ${s}_day_paid ELSE 0 END`);
  const fixed = shape.fixed[side].any;
  // Per-visit lines: their parts' sum and quota, and the lowest and highest rule-and-bucket key. Equal keys
  // (one rule, one bucket) let settle-sql.ts pay min(quota, sum); otherwise visit-lines-sql.ts lists them.
  const visits = shape.fixed[side].perVisit
    ? `,\n  ${sumFen(`CASE WHEN ${s}_visit THEN ${s}_part ELSE 0 END`)} AS ${s}_visit_part,
  any_value(${s}_quota_fen) FILTER (WHERE ${s}_visit) AS ${s}_visit_quota,
  min(CASE WHEN ${s}_visit THEN ${visitKey(side)} END) AS ${s}_visit_key_min,
  max(CASE WHEN ${s}_visit THEN ${visitKey(side)} END) AS ${s}_visit_key_max`
    : '';
  return `${sumFen(`${s}_amount`)} AS ${s}_cost,
  ${sumFen(`CASE WHEN ${s}_bucket = 'C' THEN ${s}_amount ELSE 0 END`)} AS ${s}_self,
  ${fixed ? sumFen(`${s}_day_paid`) : 'CAST(0 AS BIGINT)'} AS ${s}_fixed,
  ${fixed ? bucket('R') : 'CAST(0 AS BIGINT)'} AS ${s}_remainder,
  ${bucket('B')} AS ${s}_class_b${visits}`;
}

/** The `src … sided` CTEs (without WITH): every line re-priced, matched to its fixed-amount rules, sided. */
export function sidedLinesCtes(lines: BulkLines, shape: ScenarioShape, scenario: Scenario): string {
  const before = fixedJoin('before', shape);
  const after = fixedJoin('after', shape);
  return `${repricedLinesCtes(lines, shape, scenario)},
fixed AS (
  SELECT l.*${before.columns}${after.columns}
  FROM effects l
    ${before.join}
    ${after.join}
),
sided AS (
  SELECT *, ${ENCOUNTER_KEY_SQL} AS fields_hash,
    ${sideColumns('before', shape)},
    ${sideColumns('after', shape)}
  FROM fixed
)`;
}

/**
 * CREATE TABLE enc: one row per encounter id, parameters $bills, $pricing_date, $markup_from, $markup_rate.
 * `bad`: a line has a problem (bills/lines-sql.ts) or two lines share a number; `inconsistent`:
 * 'inconsistent-encounter' when its lines disagree on the encounter fields (their hashes differ);
 * `refund_lines`: lines with a negative quantity, whose encounter refunds-sql.ts nets.
 */
export function encountersSql(
  lines: BulkLines,
  shape: ScenarioShape,
  scenario: Scenario,
  table = 'enc',
): string {
  return `CREATE OR REPLACE TEMP TABLE ${quoteIdentifier(table)} AS
WITH ${sidedLinesCtes(lines, shape, scenario)},
grouped AS (
  SELECT encounter_id,
    ${ENCOUNTER_FIELDS.map((f) => `any_value(${f}) AS ${f}`).join(', ')},
    min(fields_hash) <> max(fields_hash) AS disagree,
    count(*) AS lines,
    count_if(qty_milli < 0) AS refund_lines,
    coalesce(bool_or(line_problem), false) OR count(line_no) <> count(DISTINCT line_no) AS line_bad,
    ${sideAggregates('before', shape)},
    ${sideAggregates('after', shape)}
  FROM sided
  GROUP BY encounter_id
)
SELECT * EXCLUDE (disagree, line_bad),
  line_bad AS bad,
  CASE WHEN disagree THEN 'inconsistent-encounter' END AS inconsistent
FROM grouped`;
}
