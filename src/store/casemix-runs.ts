// Case-mix runs: which bill dataset, scheme and weight source, by whom, the aggregates (jsonb) and the
// per-case file, or the error in plain words. Starting, finishing and deleting a run are audited.
import type { CasemixSummary } from '../analytics/casemix-summary';
import { notFound } from '../core/shared/errors';
import type { Actor } from '../core/shared/roles';
import { audit } from './audit';
import type { Sql } from './sql';
import { ownerUnitOf } from './units';

export type CasemixRunStatus = 'running' | 'done' | 'failed' | 'cancelled';

/** The weight source as asked for (a stored table by id). */
export type CasemixWeightRequest =
  { kind: 'yancheng-2023' } | { kind: 'derived' } | { kind: 'table'; id: number };

export interface CasemixHeadline {
  cases: number;
  hospitals: number;
  cmi: string | null;
}

export interface CasemixRunListItem {
  id: number;
  datasetId: number | null;
  datasetName: string;
  scheme: string;
  weights: CasemixWeightRequest;
  weightLabel: string;
  status: CasemixRunStatus;
  headline: CasemixHeadline | null;
  error: string | null;
  username: string | null;
  /** The display name of the account that started the run, for showing who did it. */
  displayName: string | null;
  /** The unit that owns the run (the starting account's). */
  ownerUnit: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface CasemixRun extends CasemixRunListItem {
  summary: CasemixSummary | null;
  casesPath: string | null;
}

interface Row {
  [key: string]: unknown;
  id: number;
  dataset_id: number | null;
  dataset_name: string;
  scheme: string;
  weight_source: CasemixWeightRequest;
  weight_label: string;
  status: CasemixRunStatus;
  summary?: CasemixSummary | null;
  headline: CasemixHeadline | null;
  cases_path?: string | null;
  error: string | null;
  username: string | null;
  display_name?: string | null;
  owner_unit: string | null;
  created_at: unknown;
  finished_at: unknown;
}

const iso = (value: unknown) => (value === null ? null : new Date(value as string).toISOString());

const toItem = (row: Row): CasemixRunListItem => ({
  id: row.id,
  datasetId: row.dataset_id,
  datasetName: row.dataset_name,
  scheme: row.scheme,
  weights: row.weight_source,
  weightLabel: row.weight_label,
  status: row.status,
  headline: row.headline,
  error: row.error,
  username: row.username,
  displayName: row.display_name ?? row.username,
  ownerUnit: row.owner_unit,
  createdAt: iso(row.created_at) as string,
  finishedAt: iso(row.finished_at),
});

const LIST_COLUMNS = `id, dataset_id, dataset_name, scheme, weight_source, weight_label, status, headline,
  error, username, owner_unit, created_at, finished_at,
  (select u.display_name from users u where u.id = created_by) as display_name`;

export interface NewCasemixRun {
  datasetId: number;
  datasetName: string;
  scheme: string;
  weights: CasemixWeightRequest;
  weightLabel: string;
}

export async function insertCasemixRun(
  sql: Sql,
  actor: Actor,
  run: NewCasemixRun,
): Promise<CasemixRunListItem> {
  return sql.transaction(async (tx) => {
    const [row] = await tx.query<Row>(
      `insert into casemix_runs (dataset_id, dataset_name, scheme, weight_source, weight_label,
         created_by, username, owner_unit)
       values ($1, $2, $3, $4::jsonb, $5, $6, $7, $8) returning ${LIST_COLUMNS}`,
      [
        run.datasetId,
        run.datasetName,
        run.scheme,
        JSON.stringify(run.weights),
        run.weightLabel,
        actor.id,
        actor.username,
        ownerUnitOf(actor),
      ],
    );
    if (!row) throw new Error('insert into casemix_runs returned no row');
    await audit(tx, actor, {
      action: 'casemix.start',
      entity: 'casemix-run',
      entityId: row.id,
      after: { ...run },
    });
    return toItem(row);
  });
}

/**
 * Records the outcome, only while the run is still running (a run cancelled or failed meanwhile keeps
 * that status); audited under the account that started the run. Answers whether it was recorded.
 */
export async function finishCasemixRun(
  sql: Sql,
  actor: Actor,
  id: number,
  outcome:
    | { status: 'done'; summary: CasemixSummary; casesPath: string; weightLabel: string }
    | { status: 'failed'; error: string },
): Promise<boolean> {
  return sql.transaction(async (tx) => {
    if (outcome.status === 'done') {
      const headline: CasemixHeadline = {
        cases: outcome.summary.cases,
        hospitals: outcome.summary.hospitals.length,
        cmi: outcome.summary.total.cmi.value,
      };
      const updated = await tx.query(
        `update casemix_runs set status = 'done', summary = $2::jsonb, headline = $3::jsonb,
           cases_path = $4, weight_label = $5, error = null, finished_at = now()
         where id = $1 and status = 'running' returning id`,
        [
          id,
          JSON.stringify(outcome.summary),
          JSON.stringify(headline),
          outcome.casesPath,
          outcome.weightLabel,
        ],
      );
      if (updated.length === 0) return false;
      await audit(tx, actor, {
        action: 'casemix.finish',
        entity: 'casemix-run',
        entityId: id,
        after: { status: 'done', ...headline },
      });
    } else {
      const updated = await tx.query(
        `update casemix_runs set status = 'failed', error = $2, finished_at = now()
         where id = $1 and status = 'running' returning id`,
        [id, outcome.error],
      );
      if (updated.length === 0) return false;
      await audit(tx, actor, {
        action: 'casemix.fail',
        entity: 'casemix-run',
        entityId: id,
        after: { status: 'failed', error: outcome.error },
      });
    }
    return true;
  });
}

export async function listCasemixRuns(sql: Sql): Promise<CasemixRunListItem[]> {
  const rows = await sql.query<Row>(`select ${LIST_COLUMNS} from casemix_runs order by id desc`);
  return rows.map(toItem);
}

export async function getCasemixRun(sql: Sql, id: number): Promise<CasemixRun> {
  const [row] = await sql.query<Row>(
    `select ${LIST_COLUMNS}, summary, cases_path from casemix_runs where id = $1`,
    [id],
  );
  if (!row) throw notFound(`病例组合计算 #${id} 不存在，可能已被删除。请回到列表重新选择。`);
  return { ...toItem(row), summary: row.summary ?? null, casesPath: row.cases_path ?? null };
}

export async function deleteCasemixRun(sql: Sql, actor: Actor, id: number): Promise<CasemixRun> {
  return sql.transaction(async (tx) => {
    const run = await getCasemixRun(tx, id);
    await tx.query('delete from casemix_runs where id = $1', [id]);
    await audit(tx, actor, {
      action: 'casemix.delete',
      entity: 'casemix-run',
      entityId: id,
      before: { datasetName: run.datasetName, scheme: run.scheme, weights: run.weights },
    });
    return run;
  });
}
