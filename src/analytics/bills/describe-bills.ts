// A scan of a bill file when it is uploaded or generated: how many lines, encounters and persons, which
// hospitals, which dates, all read through the reader's normaliser (so 住院 counts as inpatient), and the
// simulator's own line checks over every line: what a simulation of the file would use and leave out, and why.
import type { Hospital } from '../../core/simulate/bills';
import { withDuckDB } from '../duckdb';
import { checkBillLines, DROP_CHECKED_LINES_SQL } from './check-lines';
import type { RejectionCount } from './rejections';
import { openBillSource, type BillFileFormat } from './source';

export interface BillLinesCheck {
  /** Lines of the encounters a simulation keeps. */
  linesUsable: number;
  /** Lines with a problem and the other lines of their encounters. */
  linesLeftOut: number;
  encountersLeftOut: number;
  /** Kept lines a refund nets (the refunds and the charges they cancel). */
  linesNetted: number;
  /** Per reason (in Chinese), with up to five example lines each. */
  reasons: RejectionCount[];
}

export interface BillFileDescription {
  format: BillFileFormat;
  lines: number;
  encounters: number;
  inpatientEncounters: number;
  persons: number;
  firstDate: string | null;
  lastDate: string | null;
  hospitals: Array<Pick<Hospital, 'id' | 'name' | 'level'> & { lines: number }>;
  check: BillLinesCheck;
}

export async function describeBillFile(file: string): Promise<BillFileDescription> {
  return withDuckDB(async (connection) => {
    const source = await openBillSource(connection, file);
    const check = await checkBillLines(connection, source);
    try {
      const totals = await connection.runAndReadAll(
        `SELECT count(*) AS lines, count(DISTINCT encounter_id) AS encounters,
              count(DISTINCT encounter_id) FILTER (WHERE encounter_type = 'inpatient') AS inpatient,
              count(DISTINCT person_id) AS persons,
              CAST(min(start_date) AS VARCHAR) AS first_date,
              CAST(max(end_date) AS VARCHAR) AS last_date
         FROM checked_lines`,
      );
      const [row] = totals.getRowObjectsJson();
      const hospitals = await connection.runAndReadAll(
        `SELECT hospital_code AS id, min(hospital_name) AS name, min(hospital_level) AS level,
              count(*) AS lines
         FROM checked_lines WHERE hospital_code IS NOT NULL GROUP BY hospital_code ORDER BY hospital_code`,
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
        check: {
          linesUsable: check.linesUsable,
          linesLeftOut: check.linesLeftOut,
          encountersLeftOut: check.encountersLeftOut,
          linesNetted: check.linesNetted,
          reasons: check.reasons,
        },
      };
    } finally {
      await connection.run(DROP_CHECKED_LINES_SQL);
    }
  });
}
