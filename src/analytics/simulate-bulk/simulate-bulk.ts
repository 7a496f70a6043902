// Runs a scenario over a bill file through DuckDB: the same rules as core/simulate/simulate.ts, with
// re-pricing, adjudication and aggregation in SQL and the per-hospital compensation by core's functions.
import type { DuckDBConnection } from '@duckdb/node-api';
import { badInput } from '../../core/shared/errors';
import { compensationEffects, mergeBaseYear } from '../../core/simulate/base-year';
import type { Hospital } from '../../core/simulate/bills';
import { evaluateConditions } from '../../core/simulate/conditions';
import { rankDiseases } from '../../core/simulate/distribution';
import type { BaseYearFigures, Scenario } from '../../core/simulate/scenario';
import {
  compensateHospitals,
  totalSubsidy,
  type SimulationResult,
} from '../../core/simulate/simulate';
import { checkScenario } from '../../core/simulate/validate';
import { withDuckDB } from '../duckdb';
import {
  CHANGES_SQL,
  diseaseChanges,
  distribution,
  fen,
  groupedTotals,
  PATIENT_CHANGES,
  rows,
  SETTLEMENT_VIEW_SQL,
  UNBALANCED_SQL,
} from './aggregates';
import { conflictingHospitalsSql } from '../bills/lines-sql';
import { openBillSource, type BillSource } from '../bills/source';
import { acceptedLines, fileLines, type BulkLines } from './bill-lines';
import { netRefundEncounters, withNettedLines } from './refunds-sql';
import { encountersSql } from './encounters-sql';
import { lineScanParameters } from './repriced-lines-sql';
import { baseYearEffects, baseYearFigures } from './base-year';
import { revenueSql } from './revenue-sql';
import { hospitalsOf } from './hospitals';
import {
  MARK_INCONSISTENT_HOSPITALS_SQL,
  NOTHING_REJECTED,
  rejectedLines,
  type RejectedLines,
} from './rejected';
import { loadScenarioTables, ruleKey, type ScenarioShape } from './scenario-tables';
import { APPLY_WALK_SQL, SEQUENCE_SQL, WALK_SQL } from './sequential-sql';
import { settleSql } from './settle-sql';
import {
  mixedVisitsCountSql,
  NO_VISIT_LINES_SQL,
  visitLinesSql,
  visitSides,
} from './visit-lines-sql';

export interface BulkSimulationInput {
  /** A Parquet or CSV bill file (analytics/bills/columns.ts). */
  bills: string;
  scenario: Scenario;
  /** Hospitals known beforehand (e.g. with their own funding shares); the file supplies the rest. */
  hospitals?: readonly Hospital[];
  baseYear?: Readonly<Record<string, BaseYearFigures>>;
  /** Called with a stage name and, during the scan, the share done (0–1). */
  onProgress?: (stage: string, done?: number) => void;
}

/** simulate()'s result without the per-encounter list: counts instead, and the rejected lines. */
export type BulkSimulationResult = Omit<SimulationResult, 'encounters'> & {
  /** Bill lines in the file. */
  lines: number;
  /** Encounters simulated. */
  encounters: number;
  rejected: RejectedLines;
};

/** Runs `sql` while reporting DuckDB's progress every half second. */
async function withProgress(
  connection: DuckDBConnection,
  run: () => Promise<unknown>,
  report: ((done: number) => void) | undefined,
): Promise<void> {
  if (!report) {
    await run();
    return;
  }
  const timer = setInterval(() => {
    const { percentage } = connection.progress;
    if (percentage >= 0) report(Math.min(1, percentage / 100));
  }, 500);
  try {
    await run();
  } finally {
    clearInterval(timer);
  }
}

async function checkRulesCover(connection: DuckDBConnection, shape: ScenarioShape): Promise<void> {
  if (shape.missingRules.size === 0) return;
  const used = await rows(
    connection,
    `SELECT DISTINCT scheme, hospital_level, encounter_type FROM enc
    WHERE NOT bad AND inconsistent IS NULL AND scheme <> 'self-pay'`,
  );
  for (const row of used) {
    for (const side of ['before', 'after'] as const) {
      const key = ruleKey(
        side,
        String(row['scheme']),
        fen(row['hospital_level']),
        String(row['encounter_type']),
      );
      const missing = shape.missingRules.get(key);
      if (missing) throw badInput(missing, { where: `reimbursement.${side}` });
    }
  }
}

/** Lists the per-visit lines settle-sql.ts must pay in line order: a second scan, only when some exist. */
async function listVisitLines(
  connection: DuckDBConnection,
  lines: BulkLines,
  shape: ScenarioShape,
  scenario: Scenario,
): Promise<void> {
  if (visitSides(shape).length === 0) return;
  const [mixed = {}] = await rows(connection, mixedVisitsCountSql(shape));
  if (fen(mixed['n']) === 0) await connection.run(NO_VISIT_LINES_SQL);
  else
    await connection.run(
      visitLinesSql(lines, shape, scenario),
      lineScanParameters(lines, scenario),
    );
}

async function settle(connection: DuckDBConnection, shape: ScenarioShape): Promise<void> {
  await connection.run(settleSql(shape));
  const [sequential = {}] = await rows(
    connection,
    'SELECT count_if(before_sequential OR after_sequential) AS n FROM settled',
  );
  if (fen(sequential['n']) > 0) {
    for (const sql of [SEQUENCE_SQL, WALK_SQL, ...APPLY_WALK_SQL]) await connection.run(sql);
  }
  await connection.run(SETTLEMENT_VIEW_SQL);
  const [unbalanced = {}] = await rows(connection, UNBALANCED_SQL);
  if (fen(unbalanced['n']) > 0) {
    throw new Error(
      `${String(unbalanced['n'])} settlements do not balance: fund + out-of-pocket ≠ cost`,
    );
  }
}

async function run(
  connection: DuckDBConnection,
  source: BillSource,
  input: BulkSimulationInput,
): Promise<BulkSimulationResult> {
  const { scenario, onProgress } = input;
  await connection.run('SET enable_progress_bar = true');
  await connection.run('SET enable_progress_bar_print = false');
  // Results are sets (every ordering below is explicit), so DuckDB need not keep rows in input order.
  await connection.run('SET preserve_insertion_order = false');
  const shape = await loadScenarioTables(connection, scenario);
  const read = fileLines(source);
  const parameters = lineScanParameters(read, scenario);
  onProgress?.('scan', 0);
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE hospital_conflicts AS ${conflictingHospitalsSql(read.sql)}`,
    { bills: source.file },
  );
  await withProgress(
    connection,
    () => connection.run(encountersSql(read, shape, scenario), parameters),
    onProgress && ((done) => onProgress('scan', done)),
  );
  await connection.run(MARK_INCONSISTENT_HOSPITALS_SQL);
  const [read_ = {}] = await rows(connection, 'SELECT coalesce(sum(lines), 0) AS lines FROM enc');
  const netted = await netRefundEncounters(
    connection,
    read,
    (nettedLines, table) => encountersSql(nettedLines, shape, scenario, table),
    parameters,
  );
  const [left = {}] = await rows(
    connection,
    'SELECT count_if(bad OR inconsistent IS NOT NULL) AS n FROM enc',
  );
  const lines = withNettedLines(acceptedLines(source, fen(left['n']) > 0), netted);
  await checkRulesCover(connection, shape);

  onProgress?.('settle');
  await listVisitLines(connection, lines, shape, scenario);
  await settle(connection, shape);
  await connection.run(CHANGES_SQL);
  const [rejectedCount = {}] = await rows(
    connection,
    'SELECT count(*) AS n FROM enc WHERE bad OR inconsistent IS NOT NULL',
  );
  await connection.run(revenueSql(lines, shape, scenario, fen(rejectedCount['n']) > 0), parameters);

  onProgress?.('aggregate');
  const grouped = await groupedTotals(connection);
  const hospitals = await hospitalsOf(connection, input.hospitals ?? [], source.file);
  const inBaseYear = await baseYearEffects(connection, scenario);
  const compensations = compensateHospitals(
    hospitals,
    compensationEffects(grouped.effects, inBaseYear, new Set(inBaseYear.keys())),
    scenario,
    mergeBaseYear(input.baseYear, await baseYearFigures(connection, scenario)),
  );
  const byEncounter = await distribution(connection, 'changes');
  const byPatient = await distribution(connection, PATIENT_CHANGES);
  const [counts = {}] = await rows(
    connection,
    `SELECT count_if(NOT bad AND inconsistent IS NULL) AS encounters,
      count_if(bad OR inconsistent IS NOT NULL) AS rejected FROM enc`,
  );
  onProgress?.('rejected');
  const rejected =
    fen(counts['rejected']) > 0 ? await rejectedLines(connection, source) : NOTHING_REJECTED;
  const { total } = grouped;
  return {
    scenario: { id: scenario.id, version: scenario.version },
    lines: fen(read_['lines']),
    encounters: fen(counts['encounters']),
    total,
    byDisease: grouped.groups.disease,
    byHospital: grouped.groups.hospital,
    byLevel: grouped.groups.level,
    byScheme: grouped.groups.scheme,
    outOfPocketChange: {
      byEncounter,
      byPatient,
      worstHitDiseases: rankDiseases(await diseaseChanges(connection)),
    },
    hospitals: compensations,
    subsidy: totalSubsidy(compensations),
    fundChangeFen: total.after.fundFen - total.before.fundFen,
    conditions: evaluateConditions(
      total,
      compensations,
      byPatient,
      scenario.conditions.fundMaxIncrease,
    ),
    warnings: compensations.flatMap((c) => (c.warning ? [`${c.hospitalId}: ${c.warning}`] : [])),
    rejected,
  };
}

const TEMP_TABLES = [
  'enc',
  'enc_netted',
  'enc_read',
  'refund_enc',
  'netted_lines',
  'hospital_conflicts',
  'checked_lines',
  'revenue',
  'settled',
  'changes',
  'walk_input',
  'walked',
  'rejected_lines',
  'visit_lines',
];

/** Simulates `input.scenario` over the bill file. Throws a bad-input error naming the file or the field. */
export async function simulateBills(input: BulkSimulationInput): Promise<BulkSimulationResult> {
  const problems = checkScenario(input.scenario);
  if (problems.length > 0)
    throw badInput(`测算方案有 ${problems.length} 处问题：\n${problems.join('\n')}`);
  return withDuckDB(async (connection) => {
    try {
      const source = await openBillSource(connection, input.bills);
      return await run(connection, source, input);
    } finally {
      await connection.run('DROP VIEW IF EXISTS settlement');
      for (const table of TEMP_TABLES) await connection.run(`DROP TABLE IF EXISTS ${table}`);
    }
  });
}
