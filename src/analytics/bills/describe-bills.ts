// A quick scan of a bill file: how many lines, encounters and persons, which hospitals, which dates.
import type { Hospital } from '../../core/simulate/bills';
import { withDuckDB } from '../duckdb';
import { openBillSource, type BillFileFormat } from './source';

export interface BillFileDescription {
  format: BillFileFormat;
  lines: number;
  encounters: number;
  inpatientEncounters: number;
  persons: number;
  firstDate: string | null;
  lastDate: string | null;
  hospitals: Array<Pick<Hospital, 'id' | 'name' | 'level'> & { lines: number }>;
}

export async function describeBillFile(file: string): Promise<BillFileDescription> {
  return withDuckDB(async (connection) => {
    const source = await openBillSource(connection, file);
    const totals = await connection.runAndReadAll(
      `SELECT count(*) AS lines, count(DISTINCT encounter_id) AS encounters,
              count(DISTINCT CASE WHEN encounter_type IN ('inpatient', '住院') THEN encounter_id END) AS inpatient,
              count(DISTINCT person_id) AS persons,
              CAST(min(TRY_CAST(start_date AS DATE)) AS VARCHAR) AS first_date,
              CAST(max(TRY_CAST(end_date AS DATE)) AS VARCHAR) AS last_date
       FROM ${source.from}`,
      [file],
    );
    const [row] = totals.getRowObjectsJson();
    const hospitals = await connection.runAndReadAll(
      `SELECT hospital_code AS id, any_value(hospital_name) AS name,
              any_value(TRY_CAST(hospital_level AS INTEGER)) AS level, count(*) AS lines
       FROM ${source.from} GROUP BY hospital_code ORDER BY hospital_code`,
      [file],
    );
    return {
      format: source.format,
      lines: Number(row?.lines ?? 0),
      encounters: Number(row?.encounters ?? 0),
      inpatientEncounters: Number(row?.inpatient ?? 0),
      persons: Number(row?.persons ?? 0),
      firstDate: (row?.first_date as string | null) ?? null,
      lastDate: (row?.last_date as string | null) ?? null,
      hospitals: hospitals.getRowObjectsJson().map((h) => ({
        id: String(h.id),
        name: String(h.name ?? h.id),
        level: Number(h.level ?? 0) as Hospital['level'],
        lines: Number(h.lines),
      })),
    };
  });
}
