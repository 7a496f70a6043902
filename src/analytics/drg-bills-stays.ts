// The inpatient stays of a clean bill file, one aggregated row each, kept in a DuckDB temp table: built in one
// pass over the file, its encounter fields proved by the reader's own parseLine, then streamed out in batches.
import { randomUUID } from 'node:crypto';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Hospital } from '../core/simulate/bills';
import { parseLine, type ParsedLine, type RawBillRow } from './bills/parse-line';
import { stayProblems } from './drg-bills-check';
import type { InpatientGrouping } from './drg-bills-grouping';
import type { StaySource } from './drg-bills-source';
import {
  ENCOUNTER_COLUMNS,
  staysInOrderSql,
  staysSummarySql,
  staysTableSql,
} from './drg-bills-sql';
import { quoteIdentifier } from './duckdb';

/** A line the reader accepts, so parsing a stay's row judges its encounter fields only. */
const NEUTRAL_LINE: RawBillRow = {
  line_no: '1',
  item_code: 'x',
  category: 'other',
  insurance_class: 'A',
  quantity: '1',
  unit_price_fen: '0',
  amount_fen: '0',
};

/** A stay's row as the reader would see any of its lines (every line writes the same encounter fields). */
function parseStay(row: Record<string, unknown>): ReturnType<typeof parseLine> {
  const raw: Record<string, string | null> = { ...NEUTRAL_LINE };
  raw.encounter_id = row.encounter_id === null ? null : String(row.encounter_id);
  for (const name of ENCOUNTER_COLUMNS) {
    const value = row[name];
    raw[name] = value === null || value === undefined ? null : String(value);
  }
  return parseLine(raw as RawBillRow);
}

export class StaysTable {
  readonly name = `drg_stays_${randomUUID().replaceAll('-', '')}`;
  stays = 0;

  constructor(
    private readonly connection: DuckDBConnection,
    private readonly stay: StaySource,
  ) {}

  /** Builds the table in one pass over the file and returns what the checks found (none: clean). */
  async build(): Promise<string[]> {
    await this.connection.run(staysTableSql(this.stay, this.name), [this.stay.source.file]);
    const reader = await this.connection.runAndReadAll(staysSummarySql(this.name));
    const summary = reader.getRowObjectsJson()[0] ?? {};
    this.stays = Number(summary.stays ?? 0);
    const problems = stayProblems(summary);
    if (problems.length === 0) problems.push(...(await this.checkEncounterFields()));
    return problems;
  }

  /** Every stay's encounter fields through parseLine, before any case is handed over. */
  private async checkEncounterFields(): Promise<string[]> {
    let rejected = 0;
    let first = '';
    const result = await this.connection.stream(staysInOrderSql(this.name));
    for await (const rows of result.yieldRowObjectJson()) {
      for (const row of rows) {
        const { parsed, problems } = parseStay(row);
        if (parsed?.encounter.inpatient !== undefined) continue;
        rejected += 1;
        first ||= `${String(row.encounter_id)}：${problems[0]?.message ?? '不是住院'}`;
      }
    }
    return rejected > 0 ? [`${rejected} 次住院的就诊信息有读取器不接受的值（如 ${first}）`] : [];
  }

  /** Streams every stay to the grouping, in hospital and discharge order. */
  async streamTo(grouping: InpatientGrouping, hospitals: Map<string, Hospital>): Promise<void> {
    const result = await this.connection.stream(staysInOrderSql(this.name));
    for await (const rows of result.yieldRowObjectJson()) {
      for (const row of rows) {
        const { parsed } = parseStay(row);
        const record = parsed?.encounter.inpatient;
        if (parsed === undefined || record === undefined) {
          throw new Error(`stay ${String(row.encounter_id)} failed the reader after its check`);
        }
        const { encounter }: ParsedLine = parsed;
        if (!hospitals.has(encounter.hospital.id)) {
          hospitals.set(encounter.hospital.id, encounter.hospital);
        }
        await grouping.add({
          id: encounter.id,
          personId: encounter.personId,
          hospitalId: encounter.hospital.id,
          hospitalLevel: encounter.hospital.level,
          startDate: encounter.startDate,
          endDate: encounter.endDate,
          principalDiagnosis: encounter.principalDiagnosis,
          record,
          costFen: Number(row.cost_fen),
          lines: Number(row.line_count),
        });
      }
    }
  }

  async drop(): Promise<void> {
    await this.connection.run(`DROP TABLE IF EXISTS ${quoteIdentifier(this.name)}`);
  }
}
