// Reading a finished case-mix run's per-case Parquet file: a page of cases, and the DRG figures of one hospital
// in one month (recomputed with core/drg/casemix from the run's own RW and regional reference).
import type { CasemixContext, DrgReference } from '../core/drg/casemix';
import { parseDecimal } from '../core/drg/decimal';
import type { CompiledWeight } from '../core/drg/weights';
import type { CasemixFigures } from './casemix-aggregate';
import { caseRowOfJson, groupedCaseOfRow, type CaseRow } from './casemix-cases-table';
import { figuresBy, type CasemixSummary } from './casemix-summary';
import { withDuckDB } from './duckdb';

export interface CaseFilter {
  hospital: string;
  drg?: string | undefined;
  month?: string | undefined;
}

/** The RW and the regional reference the run used, as the context casemixBy reads. */
export function contextOf(summary: CasemixSummary): CasemixContext {
  const weights = new Map<string, CompiledWeight>();
  const reference = new Map<string, DrgReference>();
  for (const row of summary.reference) {
    reference.set(row.drg, { cases: row.cases, costFen: row.costFen, days: row.days });
    if (row.rw !== null) {
      weights.set(row.drg, {
        group: { drg: row.drg, rw: row.rw, caseByCase: false },
        rw: parseDecimal(row.rw),
        coefficients: { 1: null, 2: null, 3: null },
      });
    }
  }
  return { weights, reference };
}

/** WHERE clause and bound values: the file is $1, filters follow; an empty filter matches everything. */
const where = `hospital_code = $2 AND ($3 = '' OR drg = $3) AND ($4 = '' OR month = $4)`;
const params = (file: string, filter: CaseFilter) => [
  file,
  filter.hospital,
  filter.drg ?? '',
  filter.month ?? '',
];

export async function casesPage(
  file: string,
  filter: CaseFilter,
  page: number,
  pageSize: number,
): Promise<{ total: number; cases: CaseRow[] }> {
  return withDuckDB(async (connection) => {
    const counted = await connection.runAndReadAll(
      `SELECT count(*) AS total FROM read_parquet($1) WHERE ${where}`,
      params(file, filter),
    );
    const rows = await connection.runAndReadAll(
      `SELECT * FROM read_parquet($1) WHERE ${where}
       ORDER BY discharge_date, case_id LIMIT $5 OFFSET $6`,
      [...params(file, filter), pageSize, (page - 1) * pageSize],
    );
    return {
      total: Number(counted.getRowObjectsJson()[0]?.total ?? 0),
      cases: rows.getRowObjectsJson().map(caseRowOfJson),
    };
  });
}

/** Every case of the filter (for one hospital, or one hospital's month: bounded by that hospital). */
export async function allCases(file: string, filter: CaseFilter): Promise<CaseRow[]> {
  return withDuckDB(async (connection) => {
    const rows = await connection.runAndReadAll(
      `SELECT * FROM read_parquet($1) WHERE ${where} ORDER BY discharge_date, case_id`,
      params(file, filter),
    );
    return rows.getRowObjectsJson().map(caseRowOfJson);
  });
}

export interface DrgFigures {
  drg: string;
  name: string;
  rw: string | null;
  figures: CasemixFigures;
}

/** The hospital's DRGs: from the summary for the whole period, from the cases for one month. */
export async function hospitalDrgs(
  file: string | null,
  summary: CasemixSummary,
  hospital: string,
  month: string | undefined,
): Promise<DrgFigures[]> {
  const rwOf = new Map(summary.reference.map((row) => [row.drg, row.rw]));
  const nameOf = new Map(summary.reference.map((row) => [row.drg, row.name]));
  if (month === undefined || month === '' || file === null) {
    return summary.drgs
      .filter((row) => row.hospital === hospital)
      .map((row) => ({
        drg: row.drg,
        name: row.name,
        rw: rwOf.get(row.drg) ?? null,
        figures: row.figures,
      }));
  }
  const cases = (await allCases(file, { hospital, month })).map(groupedCaseOfRow);
  return figuresBy(cases, (c) => c.drg, contextOf(summary)).map(({ key, figures }) => ({
    drg: key,
    name: nameOf.get(key) ?? '',
    rw: rwOf.get(key) ?? null,
    figures,
  }));
}
