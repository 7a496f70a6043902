// The bill lines the simulator's passes read: the file's lines normalised by the reader's SQL (bills/lines-sql.ts),
// with the encounters that have refunds read from their netted lines instead (refunds-sql.ts).
import { LINE_BAD_SQL, normalisedLinesSql } from '../bills/lines-sql';
import type { BillSource } from '../bills/source';

export interface BulkLines {
  source: BillSource;
  /** A SELECT of the normalised lines with `line_problem` (the line by itself is bad), path as parameter $bills. */
  sql: string;
}

/** Every line of the file as the reader reads it. */
export const fileLines = (source: BillSource): BulkLines => ({
  source,
  sql: `SELECT *, ${LINE_BAD_SQL} AS line_problem FROM (${normalisedLinesSql(source, { parameter: '$bills' })})`,
});
