// Lines the bulk path could not simulate: counted per reason with up to five example lines each, in the
// shape of analytics/bills/rejections.ts. Runs a second scan only when the first found something wrong.
import type { DuckDBConnection } from '@duckdb/node-api';
import {
  EXAMPLES_PER_REASON,
  REJECTION_REASONS,
  type RejectionCount,
  type RejectionReason,
} from '../bills/rejections';
import { billSourceSql, type BillSource } from './bill-source';
import { fen, rows } from './aggregates';
import { LINE_BAD_SQL, LINE_PROBLEMS, problemSql } from './line-problems';

export interface RejectedLines {
  /** Lines left out: lines with a problem and the other lines of their encounters. */
  lines: number;
  /** Encounters left out. */
  encounters: number;
  reasons: RejectionCount[];
}

export const NOTHING_REJECTED: RejectedLines = { lines: 0, encounters: 0, reasons: [] };

/**
 * Hospitals whose level or sponsor differ between accepted encounters: all their encounters are left out.
 * (An encounter whose own lines disagree is already marked by the encounter pass and does not count here.)
 */
export const MARK_INCONSISTENT_HOSPITALS_SQL = `UPDATE enc SET inconsistent = 'inconsistent-hospital'
WHERE inconsistent IS NULL AND hospital_code IN
  (SELECT hospital_code FROM enc WHERE NOT bad AND inconsistent IS NULL GROUP BY hospital_code
    HAVING count(DISTINCT hospital_level) > 1 OR count(DISTINCT hospital_sponsor) > 1)`;

const VALUE_COLUMNS = [
  'encounter_id',
  'line_no',
  'person_id',
  'hospital_code',
  'scheme',
  'encounter_type',
  'start_date',
  'end_date',
  'item_code',
  'category',
  'tag',
  'insurance_class',
  'qty_milli',
  'unit_price_fen',
  'amount_fen',
] as const;

/** The column a reason is about, named as the file writes it. */
const COLUMN_OF: Partial<Record<RejectionReason, string>> = {
  'negative-quantity': 'quantity',
  'zero-quantity': 'quantity',
  'missing-scheme': 'scheme',
  'unknown-scheme': 'scheme',
  'end-before-start': 'end_date',
  'unknown-category': 'category',
  'unknown-insurance-class': 'insurance_class',
  'unknown-encounter-type': 'encounter_type',
  'unknown-tag': 'tag',
};

function exampleValues(row: Record<string, unknown>): Record<string, string | null> {
  const values: Record<string, string | null> = {};
  for (const column of VALUE_COLUMNS) {
    const value = row[column];
    const name = column === 'qty_milli' ? 'quantity' : column;
    if (value === null || value === undefined) values[name] = null;
    else if (column === 'qty_milli') values[name] = (fen(value) / 1000).toString();
    else if (value instanceof Date) values[name] = value.toISOString().slice(0, 10);
    else values[name] = String(value);
  }
  return values;
}

function message(reason: RejectionReason, values: Record<string, string | null>): string {
  if (reason === 'amount-mismatch') {
    return `amount_fen：${values['amount_fen']} ≠ quantity ${values['quantity']} × unit_price_fen ${values['unit_price_fen']}`;
  }
  const column = COLUMN_OF[reason];
  const label = REJECTION_REASONS[reason];
  return column ? `${column}：“${values[column] ?? ''}” ${label}` : label;
}

/** Second scan: the rejected encounters' lines with every reason that applies to each. */
export async function rejectedLines(
  connection: DuckDBConnection,
  source: BillSource,
): Promise<RejectedLines> {
  const [summary = {}] = await rows(
    connection,
    `SELECT ${'coalesce(sum(lines), 0)'} AS lines, count(DISTINCT encounter_id) AS encounters
    FROM enc WHERE bad OR inconsistent IS NOT NULL`,
  );
  const flags = LINE_PROBLEMS.map((p, i) => `${problemSql(p.sql)} AS r${i}`).join(',\n    ');
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE rejected_lines AS
    WITH rejected AS (
      SELECT encounter_id, max(inconsistent) AS encounter_reason FROM enc
      WHERE bad OR inconsistent IS NOT NULL GROUP BY encounter_id
    )
    SELECT s.*, r.encounter_reason
    FROM (
      SELECT *, ${LINE_BAD_SQL} AS line_bad, ${flags}
      FROM (${billSourceSql(source, { rowNumbers: true })})
    ) s LEFT JOIN rejected r ON r.encounter_id = s.encounter_id
    WHERE s.line_bad OR r.encounter_id IS NOT NULL`,
    { bills: source.file },
  );
  const lineReasons = [...new Set(LINE_PROBLEMS.map((p) => p.reason))];
  const predicates: [RejectionReason, string][] = [
    ...lineReasons.map((reason): [RejectionReason, string] => [
      reason,
      LINE_PROBLEMS.flatMap((p, i) => (p.reason === reason ? [`r${i}`] : [])).join(' OR '),
    ]),
    ['inconsistent-encounter', `encounter_reason = 'inconsistent-encounter'`],
    ['inconsistent-hospital', `encounter_reason = 'inconsistent-hospital'`],
    ['rejected-with-encounter', `NOT line_bad AND encounter_reason IS NULL`],
  ];
  const reasons: RejectionCount[] = [];
  for (const [reason, predicate] of predicates) {
    const [count = {}] = await rows(
      connection,
      `SELECT count(*) AS n FROM rejected_lines WHERE (${predicate})`,
    );
    const lines = fen(count['n']);
    if (lines === 0) continue;
    const examples = await rows(
      connection,
      `SELECT * FROM rejected_lines WHERE (${predicate}) ORDER BY row_no LIMIT ${EXAMPLES_PER_REASON}`,
    );
    reasons.push({
      reason,
      label: REJECTION_REASONS[reason],
      lines,
      examples: examples.map((row) => {
        const values = exampleValues(row);
        return { line: fen(row['row_no']), message: message(reason, values), values };
      }),
    });
  }
  const order = Object.keys(REJECTION_REASONS);
  reasons.sort((a, b) => order.indexOf(a.reason) - order.indexOf(b.reason));
  return { lines: fen(summary['lines']), encounters: fen(summary['encounters']), reasons };
}
