// Groups every inpatient encounter of a bill file (CSV/Parquet) into DRGs on all cores and hands the cases over
// in batches, memory flat. A clean file is read as one aggregated row per stay; otherwise through the reader.
import { availableParallelism } from 'node:os';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { HospitalLevel } from '../core/drg/grouped-case';
import { badInput } from '../core/shared/errors';
import { sumFen } from '../core/shared/money';
import type { Hospital } from '../core/simulate/bills';
import { readBills } from './bills/read-bills';
import type { RejectionCount } from './bills/rejections';
import { openBillSource, type BillFileFormat } from './bills/source';
import { hospitalLevelOf, levelNumber } from './bills/values';
import { checkFileValues } from './drg-bills-check';
import type { BillInpatient } from './drg-bills-case';
import { InpatientGrouping, type OnCases } from './drg-bills-grouping';
import { openStaySource, type StaySource } from './drg-bills-source';
import { inpatientHospitalsSql } from './drg-bills-sql';
import { StaysTable } from './drg-bills-stays';
import { openDrgWorkerPool } from './drg-bulk';
import { duckdbMessage, withDuckDB } from './duckdb';

export type { BillCaseDetail } from './drg-bills-case';

export interface GroupBillOptions {
  /** A shipped scheme name (chs-drg-1.1 …) or the path of a rules file. */
  scheme: string;
  onProgress?: (done: number, total: number | null) => void;
  /** Receives each batch of cases, and beside them what else is known of each case. */
  onCases: OnCases;
  /** Worker threads; default every core. */
  workers?: number;
  /** Cases per batch handed over; default 4,000. */
  batchSize?: number;
  /** 'reader' reads every line through the bill reader even when the file is clean (for comparisons). */
  path?: 'auto' | 'reader';
  /** Refuse cases with data-quality warnings too (GroupOptions.strict); default false. */
  strict?: boolean;
}

export interface BillInpatientSummary {
  file: string;
  format: BillFileFormat;
  /** 'aggregate': one row per encounter from DuckDB; 'reader': every line through the bill reader. */
  path: 'aggregate' | 'reader';
  /** Why the reader was needed (the checks that found something), in Chinese. */
  pathReasons: string[];
  /** Inpatient encounters accepted and grouped: one case each. */
  inpatientEncounters: number;
  /** Cases with a DRG (分组成功, not 0000). */
  grouped: number;
  /** Cases by the grouper's status (分组成功, 歧义病案, 无法入组, 信息校验不通过). */
  byStatus: Record<string, number>;
  /** What the reader rejected in the whole file (none on the aggregate path: it runs only on clean files). */
  rejected: { encounters: number; lines: number; reasons: RejectionCount[] };
  /** The hospitals of the cases, by code. */
  hospitals: Hospital[];
}

const byId = (a: Hospital, b: Hospital) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Each hospital's level when every inpatient line writes the same one (null when they differ); the stays' count. */
async function hospitalLevels(connection: DuckDBConnection, stay: StaySource) {
  const rows = await connection.runAndReadAll(inpatientHospitalsSql(stay), [stay.source.file]);
  const levels = new Map<string, HospitalLevel | null>();
  let encounters = 0;
  for (const row of rows.getRowObjectsJson()) {
    encounters += Number(row.encounters);
    const parsed = new Set(
      (row.levels as Array<string | null>).flatMap((text) => {
        const code = hospitalLevelOf(text ?? '');
        return code === undefined ? [] : [levelNumber(code)];
      }),
    );
    levels.set(String(row.hospital_code), parsed.size === 1 ? ([...parsed][0] ?? null) : null);
  }
  return { levels, encounters };
}

/** Every line through the bill reader; cases of a hospital whose level the lines disagree on wait for its end. */
async function readThroughReader(
  file: string,
  levels: Map<string, HospitalLevel | null>,
  grouping: InpatientGrouping,
  hospitals: Map<string, Hospital>,
) {
  const waiting: Array<Omit<BillInpatient, 'hospitalLevel'>> = [];
  const seen = new Set<string>();
  const summary = await readBills(file, {
    batchSize: 4000,
    onBatch: async (encounters) => {
      for (const encounter of encounters) {
        if (encounter.type !== 'inpatient' || encounter.inpatient === undefined) continue;
        seen.add(encounter.hospitalId);
        const inpatient = {
          id: encounter.id,
          personId: encounter.personId,
          hospitalId: encounter.hospitalId,
          startDate: encounter.startDate,
          endDate: encounter.endDate,
          principalDiagnosis: encounter.principalDiagnosis,
          record: encounter.inpatient,
          costFen: sumFen(encounter.lines.map((line) => line.amountFen)),
          lines: encounter.lines.length,
        };
        const level = levels.get(encounter.hospitalId);
        if (level === undefined || level === null) waiting.push(inpatient);
        else await grouping.add({ ...inpatient, hospitalLevel: level });
      }
    },
  });
  for (const hospital of summary.hospitals) {
    if (seen.has(hospital.id)) hospitals.set(hospital.id, hospital);
  }
  for (const inpatient of waiting) {
    const hospital = hospitals.get(inpatient.hospitalId) as Hospital;
    await grouping.add({ ...inpatient, hospitalLevel: hospital.level });
  }
  return {
    encounters: summary.encountersRejected,
    lines: summary.linesRejected,
    reasons: summary.rejections,
  };
}

/** The checks in order, each only when the ones before found nothing; the stays table when all passed. */
async function checkedStays(
  connection: DuckDBConnection,
  stay: StaySource,
  pathChoice: GroupBillOptions['path'],
): Promise<{ problems: string[]; stays?: StaysTable }> {
  if (pathChoice === 'reader') return { problems: [] };
  const problems = await checkFileValues(connection, stay);
  if (problems.length > 0) return { problems };
  const stays = new StaysTable(connection, stay);
  try {
    const found = await stays.build();
    if (found.length === 0) return { problems: [], stays };
    await stays.drop();
    return { problems: found };
  } catch (error) {
    await stays.drop();
    throw error;
  }
}

export async function groupBillInpatients(
  file: string,
  options: GroupBillOptions,
): Promise<BillInpatientSummary> {
  const pool = openDrgWorkerPool({
    scheme: options.scheme,
    workers: options.workers ?? availableParallelism(),
    batchSize: 1000,
    strict: options.strict ?? false,
  });
  try {
    return await withDuckDB(async (connection) => {
      const source = await openBillSource(connection, file);
      const checking = async () => {
        const stay = await openStaySource(source);
        return { stay, ...(await checkedStays(connection, stay, options.path)) };
      };
      const { stay, problems, stays } = await checking().catch((error: unknown) => {
        throw badInput(`检查账单文件时出错：${duckdbMessage(error)}`, { where: file });
      });
      try {
        const levels = stays ? undefined : await hospitalLevels(connection, stay);
        const grouping = new InpatientGrouping({
          pool,
          batchSize: options.batchSize ?? 4000,
          total: stays ? stays.stays : (levels?.encounters ?? null),
          onCases: options.onCases,
          onProgress: options.onProgress,
        });
        const hospitals = new Map<string, Hospital>();
        let rejected: BillInpatientSummary['rejected'] = { encounters: 0, lines: 0, reasons: [] };
        if (stays) await stays.streamTo(grouping, hospitals);
        else
          rejected = await readThroughReader(
            file,
            levels?.levels ?? new Map(),
            grouping,
            hospitals,
          );
        await grouping.finish();
        return {
          file,
          format: source.format,
          path: stays ? 'aggregate' : 'reader',
          pathReasons: problems,
          inpatientEncounters: grouping.done,
          grouped: grouping.grouped,
          byStatus: grouping.byStatus,
          rejected,
          hospitals: [...hospitals.values()].sort(byId),
        };
      } finally {
        await stays?.drop();
      }
    });
  } finally {
    await pool.close();
  }
}
