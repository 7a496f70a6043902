// The per-case table of a case-mix run in DuckDB: grouped cases are appended as they come, read back in
// hospital order, and the finished rows (with each case's RW and index contributions) written to Parquet.
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import type { GroupedCase, HospitalLevel } from '../core/drg/grouped-case';
import type { GroupStatus } from '../core/drg/types';
import type { BillCaseDetail } from './drg-bills-case';
import { quoteIdentifier } from './duckdb';

/** The columns of the per-case file, in order; the last three are filled once the weights are known. */
export const CASE_COLUMNS = [
  ['case_id', 'VARCHAR'],
  ['person_id', 'VARCHAR'],
  ['hospital_code', 'VARCHAR'],
  ['hospital_level', 'INTEGER'],
  ['department', 'VARCHAR'],
  ['admission_date', 'VARCHAR'],
  ['discharge_date', 'VARCHAR'],
  ['month', 'VARCHAR'],
  ['los_days', 'INTEGER'],
  ['cost_fen', 'BIGINT'],
  ['status', 'VARCHAR'],
  ['mdc', 'VARCHAR'],
  ['adrg', 'VARCHAR'],
  ['drg', 'VARCHAR'],
  ['drg_name', 'VARCHAR'],
  ['principal_dx', 'VARCHAR'],
  ['lines', 'INTEGER'],
  ['note', 'VARCHAR'],
  ['rw', 'VARCHAR'],
  ['cost_index', 'VARCHAR'],
  ['time_index', 'VARCHAR'],
] as const;

export type CaseColumn = (typeof CASE_COLUMNS)[number][0];

/** A row of the per-case file as read back (numbers as numbers, texts as texts). */
export interface CaseRow {
  case_id: string;
  person_id: string;
  hospital_code: string;
  hospital_level: number;
  department: string;
  admission_date: string;
  discharge_date: string;
  month: string;
  los_days: number;
  cost_fen: number;
  status: string;
  mdc: string;
  adrg: string;
  drg: string;
  drg_name: string;
  principal_dx: string;
  lines: number;
  note: string;
  rw: string | null;
  cost_index: string | null;
  time_index: string | null;
}

export async function createCaseTable(connection: DuckDBConnection, table: string): Promise<void> {
  const columns = CASE_COLUMNS.map(([name, type]) => `${quoteIdentifier(name)} ${type}`).join(', ');
  await connection.run(`CREATE TABLE ${quoteIdentifier(table)} (${columns})`);
}

export const openAppender = (connection: DuckDBConnection, table: string) =>
  connection.createAppender(table);

const text = (appender: DuckDBAppender, value: string | null) =>
  value === null ? appender.appendNull() : appender.appendVarchar(value);

/** Appends one case; `indices` null leaves RW and the index contributions empty. */
export function appendCase(
  appender: DuckDBAppender,
  row: Omit<CaseRow, 'rw' | 'cost_index' | 'time_index'>,
  indices: { rw: string | null; costIndex: string | null; timeIndex: string | null } | null,
): void {
  text(appender, row.case_id);
  text(appender, row.person_id);
  text(appender, row.hospital_code);
  appender.appendInteger(row.hospital_level);
  text(appender, row.department);
  text(appender, row.admission_date);
  text(appender, row.discharge_date);
  text(appender, row.month);
  appender.appendInteger(row.los_days);
  appender.appendBigInt(BigInt(row.cost_fen));
  text(appender, row.status);
  text(appender, row.mdc);
  text(appender, row.adrg);
  text(appender, row.drg);
  text(appender, row.drg_name);
  text(appender, row.principal_dx);
  appender.appendInteger(row.lines);
  text(appender, row.note);
  text(appender, indices?.rw ?? null);
  text(appender, indices?.costIndex ?? null);
  text(appender, indices?.timeIndex ?? null);
  appender.endRow();
}

export function caseRowOf(
  groupedCase: GroupedCase,
  detail: BillCaseDetail,
): Omit<CaseRow, 'rw' | 'cost_index' | 'time_index'> {
  return {
    case_id: groupedCase.caseId,
    person_id: detail.personId,
    hospital_code: groupedCase.hospitalId,
    hospital_level: groupedCase.hospitalLevel,
    department: groupedCase.department,
    admission_date: detail.admissionDate,
    discharge_date: groupedCase.dischargeDate,
    month: groupedCase.dischargeDate.slice(0, 7),
    los_days: groupedCase.lengthOfStayDays,
    cost_fen: groupedCase.costFen,
    status: groupedCase.status,
    mdc: detail.mdc,
    adrg: detail.adrg,
    drg: groupedCase.drg,
    drg_name: detail.drgName,
    principal_dx: detail.principalDiagnosis,
    lines: detail.lines,
    note:
      detail.messages.length > 0
        ? detail.messages.join('；')
        : detail.warnings.length > 0
          ? `数据质量提示：${detail.warnings.join('；')}`
          : '',
  };
}

/** The GroupedCase a stored row came from. */
export function groupedCaseOfRow(row: CaseRow): GroupedCase {
  return {
    caseId: row.case_id,
    hospitalId: row.hospital_code,
    hospitalLevel: row.hospital_level as HospitalLevel,
    department: row.department,
    dischargeDate: row.discharge_date,
    status: row.status as GroupStatus,
    drg: row.drg,
    costFen: row.cost_fen,
    lengthOfStayDays: row.los_days,
  };
}

/** Rows as objects with numbers for the integer columns (DuckDB gives BIGINT as text in JSON form). */
export function caseRowOfJson(json: Record<string, unknown>): CaseRow {
  const row = { ...json } as Record<string, unknown>;
  for (const name of ['hospital_level', 'los_days', 'cost_fen', 'lines'])
    row[name] = Number(row[name]);
  return row as unknown as CaseRow;
}
