// Lines the bulk path could not simulate: counted per reason with up to five example lines each, in the shape
// of analytics/bills/rejections.ts, by the reader's own SQL line checks (bills/check-lines.ts). Runs a second
// scan only when the first found something wrong.
import type { DuckDBConnection } from '@duckdb/node-api';
import { checkBillLines, DROP_CHECKED_LINES_SQL } from '../bills/check-lines';
import type { RejectionCount } from '../bills/rejections';
import type { BillSource } from '../bills/source';

export interface RejectedLines {
  /** Lines left out: lines with a problem and the other lines of their encounters. */
  lines: number;
  /** Encounters left out. */
  encounters: number;
  reasons: RejectionCount[];
}

export const NOTHING_REJECTED: RejectedLines = { lines: 0, encounters: 0, reasons: [] };

/** Hospitals the file writes with two levels, sponsors or names: all their encounters are left out. */
export const MARK_INCONSISTENT_HOSPITALS_SQL = `UPDATE enc SET inconsistent = 'inconsistent-hospital'
WHERE inconsistent IS NULL AND hospital_code IN (SELECT hospital_code FROM hospital_conflicts)`;

/** Second scan: every line checked, the rejected encounters' lines counted under each reason that applies. */
export async function rejectedLines(
  connection: DuckDBConnection,
  source: BillSource,
): Promise<RejectedLines> {
  // row numbers of a CSV file count lines in file order
  await connection.run('SET preserve_insertion_order = true');
  try {
    const check = await checkBillLines(connection, source);
    return {
      lines: check.linesLeftOut,
      encounters: check.encountersLeftOut,
      reasons: check.reasons,
    };
  } finally {
    await connection.run(DROP_CHECKED_LINES_SQL);
  }
}
