// Reads an itemized bill file (CSV or Parquet, docs/bills.md) through DuckDB and hands valid encounters
// to the caller in batches, sorted by person, end date, encounter and line; memory stays flat in file size.
import { badInput, UserError } from '../../core/shared/errors';
import type { Encounter, Hospital } from '../../core/simulate/bills';
import { duckdbMessage, quoteIdentifier, withDuckDB } from '../duckdb';
import type { SourceColumnName } from './columns';
import { EncounterGroup } from './encounter-group';
import type { InpatientRecord, ItemCodeLookup, RawBillRow } from './parse-line';
import { Rejections, type RejectionCount } from './rejections';
import { openBillSource, type BillFileFormat, type BillSource } from './source';

/** An encounter as the simulator reads it, with the fields DRG grouping needs for inpatients. */
export interface BillEncounter extends Encounter {
  inpatient?: InpatientRecord;
}

export interface ReadBillsOptions {
  /** Item codes the bills may use; lines with other codes are rejected. Absent: any code. */
  itemCodes?: ItemCodeLookup;
  /** Encounters per batch (default 1000). */
  batchSize?: number;
  onBatch: (encounters: BillEncounter[]) => void | Promise<void>;
}

export interface BillsReadSummary {
  file: string;
  format: BillFileFormat;
  linesRead: number;
  linesAccepted: number;
  linesRejected: number;
  encountersAccepted: number;
  encountersRejected: number;
  /** Per reason, with up to five example lines each. */
  rejections: RejectionCount[];
  /** The hospitals of the accepted encounters, by code. */
  hospitals: Hospital[];
}

/** Reads every line, sorted so a person's encounters come in settlement order (one partition per person). */
function sortedQuery(source: BillSource): string {
  const columns = source.columns
    .map((name) => `CAST(${quoteIdentifier(name)} AS VARCHAR) AS ${quoteIdentifier(name)}`)
    .join(', ');
  const names = source.columns.map(quoteIdentifier).join(', ');
  return `WITH source AS (SELECT ${source.rowNumber} AS source_row, ${columns} FROM ${source.from}),
keyed AS (SELECT *, min(person_id) OVER w AS key_person, min(end_date) OVER w AS key_end
          FROM source WINDOW w AS (PARTITION BY encounter_id))
SELECT source_row, ${names} FROM keyed
ORDER BY key_person, key_end, encounter_id, TRY_CAST(line_no AS BIGINT), source_row`;
}

export async function readBills(
  file: string,
  options: ReadBillsOptions,
): Promise<BillsReadSummary> {
  return withDuckDB(async (connection) => {
    const source = await openBillSource(connection, file);
    const rejections = new Rejections();
    const hospitals = new Map<string, Hospital>();
    const group = new EncounterGroup(rejections, hospitals, options.itemCodes);
    const batchSize = options.batchSize ?? 1000;
    let batch: BillEncounter[] = [];
    let linesRead = 0;
    let callerError: unknown;
    const flush = async () => {
      if (batch.length === 0) return;
      const full = batch;
      batch = [];
      try {
        await options.onBatch(full);
      } catch (error) {
        callerError = error;
        throw error;
      }
    };
    const finish = async () => {
      const encounter = group.finish();
      if (encounter) batch.push(encounter);
      if (batch.length >= batchSize) await flush();
    };

    try {
      const result = await connection.stream(sortedQuery(source), [file]);
      const names = result.columnNames() as ['source_row', ...SourceColumnName[]];
      for await (const rows of result.yieldRowsJs()) {
        for (const row of rows) {
          const raw: Record<string, string | null> = {};
          for (let index = 1; index < names.length; index++) {
            const value = row[index];
            raw[names[index] as string] =
              value === null || value === undefined ? null : String(value);
          }
          const line = Number(row[0]) + source.headerLines;
          linesRead += 1;
          if (!group.accepts(raw.encounter_id ?? null)) await finish();
          group.add(raw as RawBillRow, line);
        }
      }
      await finish();
      await flush();
    } catch (error) {
      if (error instanceof UserError || error === callerError) throw error;
      throw badInput(`读取账单文件时出错：${duckdbMessage(error)}`, { where: file });
    }

    const counts = rejections.list();
    return {
      file,
      format: source.format,
      linesRead,
      linesAccepted: group.linesAccepted,
      linesRejected: linesRead - group.linesAccepted,
      encountersAccepted: group.encountersAccepted,
      encountersRejected: group.encountersRejected,
      rejections: counts,
      hospitals: [...hospitals.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    };
  });
}

/** Reads a whole file into memory: for small files and tests. */
export async function readAllBills(
  file: string,
  options: Omit<ReadBillsOptions, 'onBatch'> = {},
): Promise<{ encounters: BillEncounter[]; summary: BillsReadSummary }> {
  const encounters: BillEncounter[] = [];
  const summary = await readBills(file, {
    ...options,
    onBatch: (batch) => {
      encounters.push(...batch);
    },
  });
  return { encounters, summary };
}
