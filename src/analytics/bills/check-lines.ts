// Every line of a bill file checked in SQL as the JS reader checks it (parse-line.ts, encounter-group.ts):
// the line's own problems (lines-sql.ts), then what only its encounter or the file shows — lines that disagree
// on the encounter fields, repeated line numbers, a hospital written two ways, refunds without their charge —
// and the encounters left out whole. The upload check and the simulator's rejected-lines report both read it.
import type { DuckDBConnection } from '@duckdb/node-api';
import { fen, rows } from '../simulate-bulk/aggregates';
import {
  conflictingHospitalsSql,
  ENCOUNTER_KEY_SQL,
  LINE_PROBLEMS,
  NETTABLE_SQL,
  normalisedLinesSql,
  problemSql,
  REFUND_WITHOUT_CHARGE_SQL,
} from './lines-sql';
import {
  EXAMPLES_PER_REASON,
  REJECTION_REASONS,
  type RejectionCount,
  type RejectionReason,
} from './rejections';
import type { BillSource } from './source';

export interface LineCheck {
  linesRead: number;
  /** Lines of the encounters kept (netted lines among them). */
  linesUsable: number;
  /** Lines with a problem and the other lines of their encounters. */
  linesLeftOut: number;
  encountersLeftOut: number;
  /** Lines of kept encounters that a refund nets: the refunds and the charges they cancel. */
  linesNetted: number;
  reasons: RejectionCount[];
}

const TABLE = 'checked_lines';

/** Each reason's predicate over the windowed lines (see lineChecksSql); rejected-with-encounter comes last. */
function reasonPredicates(): Array<[RejectionReason, string]> {
  const own = new Map<RejectionReason, string[]>();
  for (const problem of LINE_PROBLEMS) {
    own.set(problem.reason, [...(own.get(problem.reason) ?? []), problemSql(problem.sql)]);
  }
  const extra: Partial<Record<RejectionReason, string>> = {
    'inconsistent-encounter': 'disagree',
    'duplicate-line-no': 'duplicate_line',
    'inconsistent-hospital': 'hospital_conflict',
    'refund-without-charge': `coalesce(in_refund_group AND qty_milli < 0 AND amount_fen <= 0 AND ${REFUND_WITHOUT_CHARGE_SQL('net_qty', 'net_amount')}, false)`,
  };
  return (Object.keys(REJECTION_REASONS) as RejectionReason[]).flatMap((reason) => {
    const parts = [...(own.get(reason) ?? []), ...(extra[reason] ? [extra[reason]] : [])];
    return parts.length > 0 ? [[reason, parts.join(' OR ')] as [RejectionReason, string]] : [];
  });
}

const column = (reason: RejectionReason) => `r_${reason.replaceAll('-', '_')}`;

/** CREATE TABLE checked_lines: every line, its raw values, one flag per reason, and whether its encounter is kept. */
export function lineChecksSql(source: BillSource): string {
  const predicates = reasonPredicates();
  const flags = predicates.map(([reason, sql]) => `${sql} AS ${column(reason)}`).join(',\n    ');
  const anyReason = predicates.map(([reason]) => column(reason)).join(' OR ');
  return `CREATE OR REPLACE TEMP TABLE ${TABLE} AS
WITH lines AS (${normalisedLinesSql(source, { parameter: '$1', rowNumbers: true, raw: true })}),
conflicts AS (${conflictingHospitalsSql('SELECT hospital_code, hospital_level, hospital_sponsor, hospital_name FROM lines')}),
keyed AS (
  SELECT *, ${ENCOUNTER_KEY_SQL} AS key_hash, ${NETTABLE_SQL} AS nettable,
    coalesce(hospital_code IN (SELECT hospital_code FROM conflicts), false) AS hospital_conflict
  FROM lines
),
windowed AS (
  SELECT *,
    min(key_hash) OVER encounter <> max(key_hash) OVER encounter AS disagree,
    coalesce(line_no IS NOT NULL AND count(line_no) OVER (PARTITION BY encounter_id, line_no) > 1, false) AS duplicate_line,
    nettable AND bool_or(qty_milli < 0 AND amount_fen <= 0) OVER item AS in_refund_group,
    sum(qty_milli) OVER item AS net_qty, sum(amount_fen) OVER item AS net_amount
  FROM keyed
  WINDOW encounter AS (PARTITION BY encounter_id), item AS (PARTITION BY encounter_id, nettable, item_code, unit_price_fen)
),
flagged AS (
  SELECT *, ${flags}
  FROM windowed
),
judged AS (SELECT *, (${anyReason}) AS line_rejected FROM flagged)
SELECT *, bool_or(line_rejected) OVER (PARTITION BY encounter_id) AS encounter_rejected,
  bool_or(line_rejected) OVER (PARTITION BY encounter_id) AND NOT line_rejected AS ${column('rejected-with-encounter')}
FROM judged`;
}

/** The example's message: what is wrong, naming the column as the format names it. */
function message(reason: RejectionReason, values: Record<string, string | null>): string {
  const label = REJECTION_REASONS[reason];
  if (reason === 'amount-mismatch') {
    const amount = values.amount_fen !== undefined ? 'amount_fen' : 'amount';
    const price = values.unit_price_fen !== undefined ? 'unit_price_fen' : 'unit_price';
    return `${amount}：${values[amount] ?? ''} ≠ quantity ${values.quantity ?? ''} × ${price} ${values[price] ?? ''}`;
  }
  const columnOf: Partial<Record<RejectionReason, string>> = {
    'negative-quantity': 'quantity',
    'zero-quantity': 'quantity',
    'unknown-scheme': 'scheme',
    'end-before-start': 'end_date',
    'unknown-category': 'category',
    'unknown-insurance-class': 'insurance_class',
    'unknown-encounter-type': 'encounter_type',
    'unknown-hospital-level': 'hospital_level',
    'unknown-sponsor': 'hospital_sponsor',
    'unknown-tag': 'tag',
    'duplicate-line-no': 'line_no',
    'refund-without-charge': 'quantity',
  };
  const name = columnOf[reason];
  return name ? `${name}：“${values[name] ?? ''}” ${label}` : label;
}

/** Checks every line of the file; leaves the table checked_lines on the connection until the next check. */
export async function checkBillLines(
  connection: DuckDBConnection,
  source: BillSource,
): Promise<LineCheck> {
  await connection.run(lineChecksSql(source), [source.file]);
  const reasons = (Object.keys(REJECTION_REASONS) as RejectionReason[]).filter(
    (reason) =>
      reasonPredicates().some(([r]) => r === reason) || reason === 'rejected-with-encounter',
  );
  const [totals = {}] = await rows(
    connection,
    `SELECT count(*) AS lines, count_if(NOT encounter_rejected) AS usable,
      count(DISTINCT encounter_id) FILTER (WHERE encounter_rejected)
        + coalesce(max(CASE WHEN encounter_id IS NULL AND encounter_rejected THEN 1 ELSE 0 END), 0) AS encounters_left_out,
      count_if(NOT encounter_rejected AND in_refund_group) AS netted,
      ${reasons.map((reason) => `count_if(${column(reason)}) AS ${column(reason)}`).join(', ')}
    FROM ${TABLE}`,
  );
  const counts: RejectionCount[] = [];
  for (const reason of reasons) {
    const lines = fen(totals[column(reason)]);
    if (lines === 0) continue;
    const examples = await rows(
      connection,
      `SELECT source_row, ${source.columns.map((name) => `raw_${name}`).join(', ')} FROM ${TABLE}
      WHERE ${column(reason)} ORDER BY source_row LIMIT ${EXAMPLES_PER_REASON}`,
    );
    counts.push({
      reason,
      label: REJECTION_REASONS[reason],
      lines,
      examples: examples.map((row) => {
        const values: Record<string, string | null> = {};
        for (const name of source.columns) {
          const value = row[`raw_${name}`];
          values[name] = value === null || value === undefined ? null : String(value);
        }
        return {
          line: fen(row.source_row) + source.headerLines,
          message: message(reason, values),
          values,
        };
      }),
    });
  }
  const linesRead = fen(totals.lines);
  const linesUsable = fen(totals.usable);
  return {
    linesRead,
    linesUsable,
    linesLeftOut: linesRead - linesUsable,
    encountersLeftOut: fen(totals.encounters_left_out),
    linesNetted: fen(totals.netted),
    reasons: counts,
  };
}

export const DROP_CHECKED_LINES_SQL = `DROP TABLE IF EXISTS ${TABLE}`;
