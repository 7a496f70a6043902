// The bill lines the simulator's passes read: the file's lines normalised by the reader's SQL (bills/lines-sql.ts),
// with the encounters that have refunds read from their netted lines instead (refunds-sql.ts).
import { normalisedLinesSql } from '../bills/lines-sql';
import type { BillSource } from '../bills/source';

export interface BulkLines {
  source: BillSource;
  /** A SELECT of the normalised lines, the file path as parameter $bills. */
  sql: string;
}

/** Every line of the file as the reader reads it. */
export const fileLines = (source: BillSource): BulkLines => ({
  source,
  sql: normalisedLinesSql(source, { parameter: '$bills' }),
});
