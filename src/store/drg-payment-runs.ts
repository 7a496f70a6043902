// Stored DRG payment runs: what was run (dataset, scheme, weight table, parameters) and what came out; the
// start of a run is audited, its outcome recorded when the background job ends.
import type { DrgPaymentParams } from '../analytics/drg-payment-params';
import type { DrgPaymentOutcome, GroupComparison } from '../analytics/drg-payment-run';
import { notFound } from '../core/shared/errors';
import type { Actor } from '../core/shared/roles';
import { audit } from './audit';
import type { Sql } from './sql';
import { ownerUnitOf } from './units';

export type DrgPaymentRunStatus = 'running' | 'done' | 'failed' | 'cancelled';

export type DrgPaymentSummary = Omit<DrgPaymentOutcome, 'groups'>;

export interface DrgPaymentRun {
  id: number;
  datasetId: number | null;
  datasetName: string;
  scheme: string;
  weightTableId: number | null;
  weightTableTitle: string;
  params: DrgPaymentParams;
  status: DrgPaymentRunStatus;
  summary: DrgPaymentSummary | null;
  error: string | null;
  createdBy: string | null;
  /** The unit that owns the run (the starting account's). */
  ownerUnit: string | null;
  createdAt: string;
  finishedAt: string | null;
}

interface Row {
  [key: string]: unknown;
  id: number;
  dataset_id: number | null;
  dataset_name: string;
  scheme: string;
  weight_table_id: number | null;
  weight_table_title: string;
  params: DrgPaymentParams;
  status: DrgPaymentRunStatus;
  summary: DrgPaymentSummary | null;
  error: string | null;
  created_by_name: string | null;
  owner_unit: string | null;
  created_at: unknown;
  finished_at: unknown;
}

const iso = (value: unknown) =>
  value === null || value === undefined ? null : new Date(value as string).toISOString();

const toRun = (row: Row): DrgPaymentRun => ({
  id: row.id,
  datasetId: row.dataset_id,
  datasetName: row.dataset_name,
  scheme: row.scheme,
  weightTableId: row.weight_table_id,
  weightTableTitle: row.weight_table_title,
  params: row.params,
  status: row.status,
  summary: row.summary,
  error: row.error,
  createdBy: row.created_by_name,
  ownerUnit: row.owner_unit,
  createdAt: iso(row.created_at) ?? '',
  finishedAt: iso(row.finished_at),
});

const columns = `r.id, r.dataset_id, r.dataset_name, r.scheme, r.weight_table_id, r.weight_table_title,
  r.params, r.status, r.summary, r.error, u.display_name as created_by_name, r.owner_unit, r.created_at,
  r.finished_at`;

export interface NewDrgPaymentRun {
  datasetId: number;
  datasetName: string;
  scheme: string;
  weightTableId: number;
  weightTableTitle: string;
  params: DrgPaymentParams;
}

export async function insertDrgPaymentRun(
  sql: Sql,
  actor: Actor | null,
  run: NewDrgPaymentRun,
): Promise<DrgPaymentRun> {
  return sql.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(
      `insert into drg_payment_runs (dataset_id, dataset_name, scheme, weight_table_id,
         weight_table_title, params, created_by, owner_unit)
       values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8) returning id`,
      [
        run.datasetId,
        run.datasetName,
        run.scheme,
        run.weightTableId,
        run.weightTableTitle,
        JSON.stringify(run.params),
        actor?.id ?? null,
        ownerUnitOf(actor),
      ],
    );
    if (!row) throw new Error('insert into drg_payment_runs returned no row');
    await audit(tx, actor, {
      action: 'drg-payment.run',
      entity: 'drg-payment-run',
      entityId: row.id,
      after: run,
    });
    return getDrgPaymentRun(tx, row.id);
  });
}

/** Records the outcome, only while the run is still running (a cancelled run keeps 已取消). */
export async function finishDrgPaymentRun(
  sql: Sql,
  id: number,
  outcome: { status: 'done'; result: DrgPaymentOutcome } | { status: 'failed'; error: string },
): Promise<void> {
  if (outcome.status === 'done') {
    const { groups, ...summary } = outcome.result;
    await sql.query(
      `update drg_payment_runs set status = 'done', summary = $2::jsonb, groups = $3::jsonb,
         error = null, finished_at = now() where id = $1 and status = 'running'`,
      [id, JSON.stringify(summary), JSON.stringify(groups)],
    );
  } else {
    await sql.query(
      `update drg_payment_runs set status = 'failed', error = $2, finished_at = now()
       where id = $1 and status = 'running'`,
      [id, outcome.error],
    );
  }
}

export async function listDrgPaymentRuns(sql: Sql): Promise<DrgPaymentRun[]> {
  const rows = await sql.query<Row>(
    `select ${columns} from drg_payment_runs r left join users u on u.id = r.created_by
     order by r.id desc`,
  );
  return rows.map(toRun);
}

export async function getDrgPaymentRun(sql: Sql, id: number): Promise<DrgPaymentRun> {
  const [row] = await sql.query<Row>(
    `select ${columns} from drg_payment_runs r left join users u on u.id = r.created_by
     where r.id = $1`,
    [id],
  );
  if (!row) throw notFound(`DRG 付费测算 #${id} 不存在，可能已被删除。请回到测算列表重新选择。`);
  return toRun(row);
}

/** The per hospital × DRG rows of a finished run; empty while it runs. */
export async function getDrgPaymentGroups(sql: Sql, id: number): Promise<GroupComparison[]> {
  const [row] = await sql.query<{ groups: GroupComparison[] | null }>(
    'select groups from drg_payment_runs where id = $1',
    [id],
  );
  if (!row) throw notFound(`DRG 付费测算 #${id} 不存在，可能已被删除。`);
  return row.groups ?? [];
}
