// Simulation runs: which scenario version ran on which bill dataset, by whom, and the result (jsonb) or
// the error in plain words. Starting and finishing a run are audited.
import type { BulkSimulationResult } from '../analytics/simulate-bulk';
import type { Fen } from '../core/shared/money';
import { notFound } from '../core/shared/errors';
import type { Actor } from '../core/shared/roles';
import type { Scenario } from '../core/simulate/scenario';
import { audit } from './audit';
import type { Sql } from './sql';
import { ownerUnitOf } from './units';

export type SimulationRunStatus = 'running' | 'done' | 'failed' | 'cancelled';

/** The figures the list of runs shows. */
export interface RunHeadline {
  lines: number;
  encounters: number;
  fundChangeFen: Fen;
  oopChangeFen: Fen;
  subsidyFen: Fen;
  /** How many of the three conditions hold (0–3). */
  conditionsHeld: number;
}

export interface SimulationRunSummary {
  id: number;
  scenarioId: number | null;
  scenarioName: string;
  scenarioVersion: number;
  datasetId: number | null;
  datasetName: string;
  status: SimulationRunStatus;
  createdAt: string;
  finishedAt: string | null;
  username: string | null;
  /** The display name of the account that started the run, for showing who did it. */
  displayName: string | null;
  /** The unit that owns the run (the starting account's). */
  ownerUnit: string | null;
  headline: RunHeadline | null;
}

export interface SimulationRun extends SimulationRunSummary {
  /** The scenario exactly as it ran. */
  scenario: Scenario;
  /** Hospital code → name, as the bill dataset named them. */
  hospitalNames: Record<string, string>;
  result: BulkSimulationResult | null;
  error: string | null;
}

interface Row {
  [key: string]: unknown;
  id: number;
  scenario_id: number | null;
  scenario_name: string;
  scenario_version: number;
  scenario: Scenario;
  dataset_id: number | null;
  dataset_name: string;
  hospital_names: Record<string, string>;
  status: SimulationRunStatus;
  result?: BulkSimulationResult | null;
  headline: RunHeadline | null;
  error: string | null;
  username: string | null;
  display_name?: string | null;
  owner_unit: string | null;
  created_at: unknown;
  finished_at: unknown;
}

const iso = (value: unknown) =>
  value === null || value === undefined ? null : new Date(value as string).toISOString();

const toSummary = (row: Row): SimulationRunSummary => ({
  id: row.id,
  scenarioId: row.scenario_id,
  scenarioName: row.scenario_name,
  scenarioVersion: row.scenario_version,
  datasetId: row.dataset_id,
  datasetName: row.dataset_name,
  status: row.status,
  createdAt: iso(row.created_at) ?? '',
  finishedAt: iso(row.finished_at),
  username: row.username,
  displayName: row.display_name ?? row.username,
  ownerUnit: row.owner_unit,
  headline: row.headline,
});

export function headlineOf(result: BulkSimulationResult): RunHeadline {
  const { conditions, total } = result;
  return {
    lines: result.lines,
    encounters: result.encounters,
    fundChangeFen: result.fundChangeFen,
    oopChangeFen: total.after.outOfPocketFen - total.before.outOfPocketFen,
    subsidyFen: result.subsidy.totalFen,
    conditionsHeld: [
      conditions.hospitalsRunSoundly,
      conditions.fundCanBear,
      conditions.burdenDoesNotRise,
    ].filter((c) => c.holds).length,
  };
}

export interface NewSimulationRun {
  scenarioId: number;
  scenario: Scenario;
  datasetId: number;
  datasetName: string;
  hospitalNames: Record<string, string>;
}

export async function insertSimulationRun(
  sql: Sql,
  actor: Actor,
  run: NewSimulationRun,
): Promise<SimulationRun> {
  return sql.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(
      `insert into simulation_runs (scenario_id, scenario_name, scenario_version, scenario, dataset_id,
         dataset_name, hospital_names, created_by, username, owner_unit)
       values ($1, $2, $3, $4::jsonb, $5, $6, $7::jsonb, $8, $9, $10) returning id`,
      [
        run.scenarioId,
        run.scenario.name,
        run.scenario.version,
        JSON.stringify(run.scenario),
        run.datasetId,
        run.datasetName,
        JSON.stringify(run.hospitalNames),
        actor.id,
        actor.username,
        ownerUnitOf(actor),
      ],
    );
    if (!row) throw new Error('insert into simulation_runs returned no row');
    await audit(tx, actor, {
      action: 'simulation.run',
      entity: 'simulation-run',
      entityId: row.id,
      after: {
        scenarioId: run.scenarioId,
        scenarioVersion: run.scenario.version,
        datasetId: run.datasetId,
      },
    });
    return getSimulationRun(tx, row.id);
  });
}

/**
 * Records the outcome of a run — its result, or the error in words the user can act on — only while it is
 * still running (a run cancelled or failed meanwhile keeps that status). Answers whether it was recorded.
 */
export async function finishSimulationRun(
  sql: Sql,
  actor: Actor,
  id: number,
  outcome: { status: 'done'; result: BulkSimulationResult } | { status: 'failed'; error: string },
): Promise<boolean> {
  return sql.transaction(async (tx) => {
    if (outcome.status === 'done') {
      const headline = headlineOf(outcome.result);
      const updated = await tx.query(
        `update simulation_runs set status = 'done', result = $2::jsonb, headline = $3::jsonb,
           error = null, finished_at = now() where id = $1 and status = 'running' returning id`,
        [id, JSON.stringify(outcome.result), JSON.stringify(headline)],
      );
      if (updated.length === 0) return false;
      await audit(tx, actor, {
        action: 'simulation.finish',
        entity: 'simulation-run',
        entityId: id,
        before: { status: 'running' },
        after: { status: 'done', headline },
      });
    } else {
      const updated = await tx.query(
        `update simulation_runs set status = 'failed', error = $2, finished_at = now()
         where id = $1 and status = 'running' returning id`,
        [id, outcome.error],
      );
      if (updated.length === 0) return false;
      await audit(tx, actor, {
        action: 'simulation.fail',
        entity: 'simulation-run',
        entityId: id,
        before: { status: 'running' },
        after: { status: 'failed', error: outcome.error },
      });
    }
    return true;
  });
}

const summaryColumns = `id, scenario_id, scenario_name, scenario_version, scenario, dataset_id, dataset_name,
  hospital_names, status, headline, error, username, owner_unit, created_at, finished_at,
  (select u.display_name from users u where u.id = created_by) as display_name`;

export async function listSimulationRuns(
  sql: Sql,
  filter: { scenarioId?: number } = {},
): Promise<SimulationRunSummary[]> {
  const rows = await sql.query<Row>(
    `select ${summaryColumns} from simulation_runs
     where $1::integer is null or scenario_id = $1 order by id desc`,
    [filter.scenarioId ?? null],
  );
  return rows.map(toSummary);
}

export async function getSimulationRun(sql: Sql, id: number): Promise<SimulationRun> {
  const [row] = await sql.query<Row>(
    `select *, (select u.display_name from users u where u.id = created_by) as display_name
     from simulation_runs where id = $1`,
    [id],
  );
  if (!row) throw notFound(`测算 #${id} 不存在，可能已被删除。`);
  return {
    ...toSummary(row),
    scenario: row.scenario,
    hospitalNames: row.hospital_names,
    result: row.result ?? null,
    error: row.error,
  };
}
