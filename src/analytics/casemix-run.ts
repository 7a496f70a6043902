// A case-mix run on a bill file: group every inpatient encounter, take RW from the chosen source, compute CMI and
// the cost- and time-efficiency indices per case (core/drg/casemix), keep the cases as Parquet and the aggregates.
import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import {
  CASEMIX_INDICATORS,
  regionalReference,
  type CasemixContext,
  type DrgReference,
} from '../core/drg/casemix';
import { formatScaled } from '../core/drg/decimal';
import type { GroupedCase } from '../core/drg/grouped-case';
import { isShippedDrgScheme, SHIPPED_DRG_SCHEMES } from '../store/drg-schemes';
import { EMPTY_FIGURES, addFigures } from './casemix-aggregate';
import {
  appendCase,
  caseRowOf,
  caseRowOfJson,
  createCaseTable,
  groupedCaseOfRow,
  openAppender,
  type CaseRow,
} from './casemix-cases-table';
import { aggregateHospital, regionByMonth, type CasemixSummary } from './casemix-summary';
import {
  deriveRunWeights,
  resolveFixedWeights,
  type ResolvedWeights,
  type WeightSource,
} from './casemix-weights';
import { groupBillInpatients, type BillInpatientSummary } from './drg-bills';
import { quoteIdentifier, withDuckDB } from './duckdb';

export interface CasemixRunOptions {
  scheme: string;
  weights: WeightSource;
  /** Where the per-case Parquet file goes. */
  casesFile: string;
  onProgress?: (share: number | null, message: string) => void;
  workers?: number;
  /** Refuse cases with data-quality warnings instead of grouping them (GroupOptions.strict). */
  strict?: boolean;
}

function addReference(into: Map<string, DrgReference>, cases: readonly GroupedCase[]): void {
  for (const [drg, row] of regionalReference(cases)) {
    const total = into.get(drg) ?? { cases: 0, costFen: 0, days: 0 };
    into.set(drg, {
      cases: total.cases + row.cases,
      costFen: total.costFen + row.costFen,
      days: total.days + row.days,
    });
  }
}

/** Each case's contributions: RW for CMI, cost and stay relative to the regional mean of its DRG. */
function caseIndices(groupedCase: GroupedCase, context: CasemixContext) {
  const [cmi, cost, time] = CASEMIX_INDICATORS.map((indicator) => {
    const parts = indicator.parts(groupedCase, context);
    return parts === null ? null : formatScaled(parts.numerator);
  });
  return { rw: cmi ?? null, costIndex: cost ?? null, timeIndex: time ?? null };
}

async function allCases(connection: DuckDBConnection, table: string): Promise<GroupedCase[]> {
  const rows = await connection.runAndReadAll(`SELECT * FROM ${quoteIdentifier(table)}`);
  return rows.getRowObjectsJson().map((row) => groupedCaseOfRow(caseRowOfJson(row)));
}

/** Second pass: per hospital (cases in hospital order), the indices per case and the hospital's aggregates. */
async function computeIndices(
  connection: DuckDBConnection,
  grouped: string,
  finished: string,
  context: CasemixContext,
  drgName: (drg: string) => string,
) {
  const hospitals: Array<{ code: string; figures: CasemixSummary['total'] }> = [];
  const hospitalMonths: CasemixSummary['hospitalMonths'] = [];
  const departments: CasemixSummary['departments'] = [];
  const drgs: CasemixSummary['drgs'] = [];
  let current: GroupedCase[] = [];
  const closeHospital = () => {
    if (current.length === 0) return;
    const result = aggregateHospital(current, context, drgName);
    hospitals.push({
      code: current[0]?.hospitalId ?? '',
      figures: result.figures ?? EMPTY_FIGURES,
    });
    hospitalMonths.push(...result.months);
    departments.push(...result.departments);
    drgs.push(...result.drgs);
    current = [];
  };
  await createCaseTable(connection, finished);
  const appender = await openAppender(connection, finished);
  const stream = await connection.stream(
    `SELECT * FROM ${quoteIdentifier(grouped)} ORDER BY hospital_code, discharge_date, case_id`,
  );
  for await (const rows of stream.yieldRowObjectJson()) {
    for (const json of rows) {
      const row: CaseRow = caseRowOfJson(json);
      const groupedCase = groupedCaseOfRow(row);
      if (current.length > 0 && current[0]?.hospitalId !== groupedCase.hospitalId) closeHospital();
      current.push(groupedCase);
      appendCase(appender, row, caseIndices(groupedCase, context));
    }
  }
  closeHospital();
  appender.closeSync();
  return { hospitals, hospitalMonths, departments, drgs };
}

export async function runCasemix(
  file: string,
  options: CasemixRunOptions,
): Promise<CasemixSummary> {
  const started = Date.now();
  const report = options.onProgress ?? (() => undefined);
  const fixed = resolveFixedWeights(options.weights, options.scheme);
  const tag = randomUUID().replaceAll('-', '');
  const grouped = `casemix_grouped_${tag}`;
  const finished = `casemix_cases_${tag}`;
  return withDuckDB(async (connection) => {
    let appender: DuckDBAppender | undefined;
    try {
      await createCaseTable(connection, grouped);
      const firstPass = await openAppender(connection, grouped);
      appender = firstPass;
      const reference = new Map<string, DrgReference>();
      const names = new Map<string, string>();
      const warned = new Map<string, number>();
      report(0, '正在检查账单并为住院病例分组…');
      const read: BillInpatientSummary = await groupBillInpatients(file, {
        scheme: options.scheme,
        ...(options.workers === undefined ? {} : { workers: options.workers }),
        strict: options.strict === true,
        onProgress: (done, total) =>
          report(
            total ? (done / total) * 0.85 : null,
            `已分组 ${done.toLocaleString('zh-CN')} / ${(total ?? 0).toLocaleString('zh-CN')} 例`,
          ),
        onCases: (cases, details) => {
          cases.forEach((groupedCase, index) => {
            const detail = details[index];
            if (detail === undefined) return;
            appendCase(firstPass, caseRowOf(groupedCase, detail), null);
            if (detail.warnings.length > 0)
              warned.set(groupedCase.hospitalId, (warned.get(groupedCase.hospitalId) ?? 0) + 1);
            if (groupedCase.drg !== '') names.set(groupedCase.drg, detail.drgName);
          });
          addReference(reference, cases);
        },
      });
      appender = undefined;
      firstPass.closeSync();

      report(0.87, options.weights.kind === 'derived' ? '正在由账单测算权重…' : '正在计算指数…');
      const resolved: ResolvedWeights =
        fixed ??
        deriveRunWeights(
          await allCases(connection, grouped),
          options.weights.kind === 'derived' ? options.weights.params : undefined,
        );
      const context: CasemixContext = { weights: resolved.weights, reference };
      const drgName = (drg: string) =>
        names.get(drg) ?? resolved.weights.get(drg)?.group.name ?? '';
      report(0.9, '正在计算 CMI、费用消耗指数与时间消耗指数…');
      const parts = await computeIndices(connection, grouped, finished, context, drgName);

      await mkdir(path.dirname(options.casesFile), { recursive: true });
      const partial = `${options.casesFile}.partial`;
      await connection.run(
        `COPY (SELECT * FROM ${quoteIdentifier(finished)} ORDER BY hospital_code, discharge_date, case_id)
         TO $1 (FORMAT parquet, COMPRESSION zstd)`,
        [partial],
      );
      await rename(partial, options.casesFile);

      const hospitalInfo = new Map(read.hospitals.map((hospital) => [hospital.id, hospital]));
      const hospitals = parts.hospitals.map(({ code, figures }) => ({
        code,
        name: hospitalInfo.get(code)?.name ?? code,
        level: hospitalInfo.get(code)?.level ?? 0,
        figures,
        qualityWarnings: warned.get(code) ?? 0,
      }));
      const seconds = (Date.now() - started) / 1000;
      return {
        scheme: options.scheme,
        schemeLabel: isShippedDrgScheme(options.scheme)
          ? SHIPPED_DRG_SCHEMES[options.scheme].label
          : path.basename(options.scheme),
        weights: resolved.description,
        read: {
          path: read.path,
          pathReasons: read.pathReasons,
          rejectedEncounters: read.rejected.encounters,
          rejectedLines: read.rejected.lines,
          rejections: read.rejected.reasons.map(({ reason, label, lines }) => ({
            reason,
            label,
            lines,
          })),
        },
        cases: read.inpatientEncounters,
        grouped: read.grouped,
        byStatus: read.byStatus,
        months: [...new Set(parts.hospitalMonths.map((row) => row.month))].sort(),
        total: hospitals.reduce((sum, row) => addFigures(sum, row.figures), EMPTY_FIGURES),
        hospitals,
        byMonth: regionByMonth(parts.hospitalMonths),
        hospitalMonths: parts.hospitalMonths,
        departments: parts.departments,
        drgs: parts.drgs,
        reference: [...reference.entries()]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([drg, row]) => ({
            drg,
            name: drgName(drg),
            rw: resolved.weights.get(drg)?.group.rw ?? null,
            ...row,
          })),
        timing: {
          seconds,
          casesPerSecond: seconds > 0 ? Math.round(read.inpatientEncounters / seconds) : 0,
        },
        qualityWarnings: [...warned.values()].reduce((sum, count) => sum + count, 0),
        strict: options.strict === true,
      };
    } catch (error) {
      await rm(`${options.casesFile}.partial`, { force: true });
      throw error;
    } finally {
      appender?.closeSync();
      await connection.run(`DROP TABLE IF EXISTS ${quoteIdentifier(grouped)}`);
      await connection.run(`DROP TABLE IF EXISTS ${quoteIdentifier(finished)}`);
    }
  });
}
