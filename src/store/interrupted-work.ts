// Background work kept in a table row (simulation, case-mix and DRG payment runs, bill files being prepared):
// the instance running it beats a heartbeat into the row; at start a server fails only rows whose heartbeat
// stopped (their instance is gone), never a live run of another instance; a cancelled row says 已取消.
import type { Actor } from '../core/shared/roles';
import { audit } from './audit';
import type { Sql } from './sql';

export const INTERRUPTED_MESSAGE = '服务重启，处理中断，请重新发起';
export const CANCELLED_MESSAGE = '已取消';

/** A heartbeat older than this means the instance that ran the work has stopped. */
export const STALE_WORK_SECONDS = 60;

export type WorkTable = 'simulation_runs' | 'casemix_runs' | 'drg_payment_runs' | 'bill_datasets';

/** The row a background job works for. */
export interface WorkRow {
  table: WorkTable;
  id: number;
}

interface InterruptibleTable {
  table: WorkTable;
  /** The status a row has while the work is under way. */
  inProgress: 'running' | 'pending';
  /** Whether the table records when the work ended. */
  finishedAt: boolean;
  entity: string;
  action: string;
}

/** Table names are constants here, never user input. */
const TABLES: readonly InterruptibleTable[] = [
  {
    table: 'simulation_runs',
    inProgress: 'running',
    finishedAt: true,
    entity: 'simulation-run',
    action: 'simulation',
  },
  {
    table: 'casemix_runs',
    inProgress: 'running',
    finishedAt: true,
    entity: 'casemix-run',
    action: 'casemix',
  },
  {
    table: 'drg_payment_runs',
    inProgress: 'running',
    finishedAt: true,
    entity: 'drg-payment-run',
    action: 'drg-payment',
  },
  {
    table: 'bill_datasets',
    inProgress: 'pending',
    finishedAt: false,
    entity: 'bill-dataset',
    action: 'bills',
  },
];

const tableOf = (table: WorkTable): InterruptibleTable => {
  const found = TABLES.find((entry) => entry.table === table);
  if (!found) throw new Error(`not a work table: ${table}`);
  return found;
};

export type InterruptedWork = Record<string, number[]>;

/**
 * Marks as failed the work in progress whose heartbeat is older than STALE_WORK_SECONDS (or that has none):
 * its instance stopped. Call at server start; work another live instance runs keeps beating and is left
 * alone. Returns the ids marked, by table. A system action: audited without an actor.
 */
export async function failInterruptedWork(sql: Sql): Promise<InterruptedWork> {
  return sql.transaction(async (tx) => {
    const marked: InterruptedWork = {};
    for (const { table, inProgress, finishedAt, entity, action } of TABLES) {
      const rows = await tx.query<{ id: number }>(
        `update ${table} set status = 'failed', error = $1${finishedAt ? ', finished_at = now()' : ''}
         where status = $2
           and (heartbeat_at is null or heartbeat_at < now() - make_interval(secs => $3))
         returning id`,
        [INTERRUPTED_MESSAGE, inProgress, STALE_WORK_SECONDS],
      );
      const ids = rows.map((row) => row.id).sort((a, b) => a - b);
      for (const id of ids) {
        await audit(tx, null, {
          action: `${action}.interrupt`,
          entity,
          entityId: id,
          before: { status: inProgress },
          after: { status: 'failed', error: INTERRUPTED_MESSAGE },
        });
      }
      marked[table] = ids;
    }
    return marked;
  });
}

/** Records that `instanceId` runs the work of these rows now; every call is a heartbeat. */
export async function beatWork(sql: Sql, rows: WorkRow[], instanceId: string): Promise<void> {
  for (const { table, inProgress } of TABLES) {
    const ids = rows.filter((row) => row.table === table).map((row) => row.id);
    if (ids.length === 0) continue;
    await sql.query(
      `update ${table} set instance_id = $1, heartbeat_at = now()
       where id = any($2::integer[]) and status = $3`,
      [instanceId, ids, inProgress],
    );
  }
}

/**
 * Ends the work of a row that is still in progress: cancelled by `actor` (已取消), or failed with `error`
 * (a job refused before it started). Answers whether the row was still in progress.
 */
export async function endWork(
  sql: Sql,
  actor: Actor | null,
  row: WorkRow,
  outcome: { status: 'cancelled' } | { status: 'failed'; error: string },
): Promise<boolean> {
  const { table, inProgress, finishedAt, entity, action } = tableOf(row.table);
  const error = outcome.status === 'cancelled' ? CANCELLED_MESSAGE : outcome.error;
  return sql.transaction(async (tx) => {
    const updated = await tx.query<{ id: number }>(
      `update ${table} set status = $2, error = $3${finishedAt ? ', finished_at = now()' : ''}
       where id = $1 and status = $4 returning id`,
      [row.id, outcome.status, error, inProgress],
    );
    if (updated.length === 0) return false;
    await audit(tx, actor, {
      action: `${action}.${outcome.status === 'cancelled' ? 'cancel' : 'fail'}`,
      entity,
      entityId: row.id,
      before: { status: inProgress },
      after: { status: outcome.status, error },
    });
    return true;
  });
}
