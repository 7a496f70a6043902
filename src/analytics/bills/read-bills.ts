// Reads an itemized bill file (CSV or Parquet, docs/bills.md) through DuckDB and hands valid encounters
// to the caller in batches, sorted by person, end date, encounter and line; memory stays flat in file size.
import { badInput, UserError } from '../../core/shared/errors';
import type { Encounter, Hospital } from '../../core/simulate/bills';
import type { DuckDBConnection } from '@duckdb/node-api';
import { billText } from '../../core/simulate/bill-values';
import { duckdbMessage, quoteIdentifier, withDuckDB } from '../duckdb';
import { hospitalLevelOf, sponsorOf } from './values';
import { dateSql, givenSql, integerSql } from './values-sql';
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
  /** Accepted lines that went into a refund's netting (the refunds and the charges they cancel). */
  linesNetted: number;
  encountersAccepted: number;
  encountersRejected: number;
  /** Per reason, with up to five example lines each. */
  rejections: RejectionCount[];
  /** The hospitals of the accepted encounters, by code. */
  hospitals: Hospital[];
}

/**
 * Reads every line as text, sorted so a person's encounters come in settlement order (one partition per person)
 * and an encounter's lines come together, by its id as the reader compares ids (trimmed, empty as none).
 */
function sortedQuery(source: BillSource): string {
  const columns = source.columns
    .map((name) => `CAST(${quoteIdentifier(name)} AS VARCHAR) AS ${quoteIdentifier(name)}`)
    .join(', ');
  const names = source.columns.map(quoteIdentifier).join(', ');
  return `WITH source AS (SELECT ${source.rowNumber} AS source_row, ${columns},
    ${givenSql('CAST(encounter_id AS VARCHAR)')} AS key_id FROM ${source.from}),
keyed AS (SELECT *, min(${givenSql('CAST(person_id AS VARCHAR)')}) OVER w AS key_person,
            min(${dateSql('CAST(end_date AS VARCHAR)')}) OVER w AS key_end
          FROM source WINDOW w AS (PARTITION BY key_id))
SELECT source_row, ${names} FROM keyed
ORDER BY key_person, key_end, key_id, ${integerSql('CAST(line_no AS VARCHAR)')}, source_row`;
}

/**
 * Hospital codes the file writes with two levels, sponsors or names (the reader's own spellings decide what
 * is the same): one scan of the distinct hospital columns.
 */
async function conflictingHospitals(
  connection: DuckDBConnection,
  source: BillSource,
): Promise<Set<string>> {
  const name = source.columns.includes('hospital_name') ? 'hospital_name' : "''";
  const result = await connection.runAndReadAll(
    `SELECT DISTINCT CAST(hospital_code AS VARCHAR) AS code, CAST(hospital_level AS VARCHAR) AS level,
      CAST(hospital_sponsor AS VARCHAR) AS sponsor, CAST(${name} AS VARCHAR) AS name FROM ${source.from}`,
    [source.file],
  );
  const seen = new Map<
    string,
    { levels: Set<string>; sponsors: Set<string>; names: Set<string> }
  >();
  for (const row of result.getRowObjectsJson()) {
    const code = billText(row.code as string | null);
    if (code === '') continue;
    let entry = seen.get(code);
    if (entry === undefined) {
      entry = { levels: new Set(), sponsors: new Set(), names: new Set() };
      seen.set(code, entry);
    }
    const level = hospitalLevelOf(String(row.level ?? ''));
    const sponsor = sponsorOf(String(row.sponsor ?? ''));
    if (level !== undefined) entry.levels.add(level);
    if (sponsor !== undefined) entry.sponsors.add(sponsor);
    entry.names.add(billText(row.name as string | null));
  }
  return new Set(
    [...seen.entries()]
      .filter(([, e]) => e.levels.size > 1 || e.sponsors.size > 1 || e.names.size > 1)
      .map(([code]) => code),
  );
}

export async function readBills(
  file: string,
  options: ReadBillsOptions,
): Promise<BillsReadSummary> {
  return withDuckDB(async (connection) => {
    const source = await openBillSource(connection, file);
    const rejections = new Rejections();
    const hospitals = new Map<string, Hospital>();
    let conflicts: Set<string>;
    try {
      conflicts = await conflictingHospitals(connection, source);
    } catch (error) {
      throw badInput(`读取账单文件时出错：${duckdbMessage(error)}`, { where: file });
    }
    const group = new EncounterGroup(rejections, hospitals, conflicts, options.itemCodes);
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
          if (!group.accepts(billText(raw.encounter_id) || null)) await finish();
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
      linesNetted: group.linesNetted,
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
