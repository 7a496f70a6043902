// The bill lines the simulator's passes read: the file's lines normalised by the reader's SQL (bills/lines-sql.ts),
// with the encounters that have refunds read from their netted lines instead (refunds-sql.ts).
import { LINE_BAD_SQL, normalisedLinesSql } from '../bills/lines-sql';
import type { BillSource } from '../bills/source';

export interface BulkLines {
  source: BillSource;
  /** A SELECT of the normalised lines with `line_problem` (the line by itself is bad), path as parameter $bills. */
  sql: string;
}

const normalised = (source: BillSource) => normalisedLinesSql(source, { parameter: '$bills' });

/** Every line of the file as the reader reads it, each checked: the encounter pass reads these. */
export const fileLines = (source: BillSource): BulkLines => ({
  source,
  sql: `SELECT *, ${LINE_BAD_SQL} AS line_problem FROM (${normalised(source)})`,
});

/**
 * The lines of the accepted encounters only (table enc), for the passes after the encounter pass: none of them
 * has a problem, so none is checked again. `someRejected` false: every line is one of them.
 */
export const acceptedLines = (source: BillSource, someRejected: boolean): BulkLines => ({
  source,
  sql: `SELECT *, false AS line_problem FROM (${normalised(source)})${
    someRejected
      ? ' SEMI JOIN (SELECT encounter_id FROM enc WHERE NOT bad AND inconsistent IS NULL) USING (encounter_id)'
      : ''
  }`,
});
