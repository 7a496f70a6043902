// Refund lines (退费) in the bulk simulator, as the reader nets them (bills/refunds.ts): the encounter pass counts
// each encounter's negative-quantity lines; when some accepted encounters have them, their lines are read again,
// each refunded item and price combined into one line (net quantity priced as any line, the first charge line's
// other fields) or dropped when it nets to zero, and those encounters summed again from the netted lines. An encounter
// whose refunds exceed their charges is left out. Files without refunds pay nothing for any of this.
import type { DuckDBConnection } from '@duckdb/node-api';
import { REFUND_WITHOUT_CHARGE_SQL } from '../bills/lines-sql';
import { fen, rows } from './aggregates';
import { timesQuantity } from './sql-money';
import type { BulkLines } from './bill-lines';

/** Accepted encounters with a refund line: the ones whose lines are netted. */
export const REFUND_ENCOUNTERS_SQL = `CREATE OR REPLACE TEMP TABLE refund_enc AS
SELECT encounter_id FROM enc WHERE refund_lines > 0 AND NOT bad AND inconsistent IS NULL`;

/**
 * CREATE TABLE netted_lines: the lines of the refund encounters with each refunded item and price netted, with
 * the same columns as the file's lines; and `refund_bad` on the encounters whose refunds match no charge.
 */
function nettedLinesSql(lines: BulkLines): string {
  return `CREATE OR REPLACE TEMP TABLE netted_lines AS
WITH l AS (SELECT * FROM (${lines.sql}) SEMI JOIN refund_enc USING (encounter_id)),
grouped AS (
  SELECT *,
    bool_or(qty_milli < 0 AND amount_fen <= 0) OVER item AS in_refund_group,
    sum(qty_milli) OVER item AS net_qty,
    sum(amount_fen) OVER item AS net_amount,
    row_number() OVER (PARTITION BY encounter_id, item_code, unit_price_fen
      ORDER BY qty_milli <= 0, line_no) AS charge_rank
  FROM l
  WINDOW item AS (PARTITION BY encounter_id, item_code, unit_price_fen)
),
flagged AS (
  SELECT *, bool_or(in_refund_group AND ${REFUND_WITHOUT_CHARGE_SQL('net_qty', 'net_amount')})
    OVER (PARTITION BY encounter_id) AS refund_bad
  FROM grouped
)
SELECT * EXCLUDE (in_refund_group, net_qty, net_amount, charge_rank)
  REPLACE (CAST(CASE WHEN in_refund_group THEN net_qty ELSE qty_milli END AS BIGINT) AS qty_milli,
    CASE WHEN in_refund_group THEN ${timesQuantity('unit_price_fen', 'CAST(net_qty AS BIGINT)')} ELSE amount_fen END AS amount_fen)
FROM flagged
WHERE refund_bad OR NOT in_refund_group OR (charge_rank = 1 AND net_qty <> 0)`;
}

/** The lines every later pass reads: `lines`, with the refund encounters' netted lines in place of theirs. */
export function withNettedLines(lines: BulkLines, netted: boolean): BulkLines {
  if (!netted) return lines;
  return {
    source: lines.source,
    sql: `SELECT * FROM (${lines.sql}) ANTI JOIN refund_enc USING (encounter_id)
UNION ALL BY NAME
SELECT * EXCLUDE (refund_bad) FROM netted_lines WHERE NOT refund_bad`,
  };
}

/**
 * Nets the refund encounters: those whose refunds match no charge are marked bad; the others are summed again
 * from their netted lines by `encountersSql` (given the netted lines, writing table enc_netted), keeping their
 * line count as read and their verdict (the netted lines are not checked again: a netted amount need not be
 * price × net quantity rounded); those whose every line netted away leave enc. True when some were netted.
 */
export async function netRefundEncounters(
  connection: DuckDBConnection,
  lines: BulkLines,
  encountersSql: (netted: BulkLines, table: string) => string,
  parameters: Record<string, string | bigint | null>,
): Promise<boolean> {
  await connection.run(REFUND_ENCOUNTERS_SQL);
  const [count = {}] = await rows(connection, 'SELECT count(*) AS n FROM refund_enc');
  if (fen(count['n']) === 0) return false;
  await connection.run(nettedLinesSql(lines), { bills: lines.source.file });
  await connection.run(`UPDATE enc SET bad = true
    WHERE encounter_id IN (SELECT encounter_id FROM netted_lines WHERE refund_bad)`);
  await connection.run(`DELETE FROM refund_enc
    WHERE encounter_id IN (SELECT encounter_id FROM netted_lines WHERE refund_bad)`);
  const netted: BulkLines = {
    source: lines.source,
    sql: 'SELECT * EXCLUDE (refund_bad) FROM netted_lines WHERE NOT refund_bad',
  };
  // the netted lines are a table: every parameter but the file's path
  const { bills: _file, ...others } = parameters;
  await connection.run(encountersSql(netted, 'enc_netted'), others);
  await connection.run(`CREATE OR REPLACE TEMP TABLE enc_read AS
    SELECT encounter_id, lines FROM enc SEMI JOIN refund_enc USING (encounter_id)`);
  await connection.run(
    'DELETE FROM enc WHERE encounter_id IN (SELECT encounter_id FROM refund_enc)',
  );
  await connection.run(`INSERT INTO enc BY NAME
    SELECT n.* REPLACE (r.lines AS lines, false AS bad) FROM enc_netted n JOIN enc_read r USING (encounter_id)`);
  return true;
}
