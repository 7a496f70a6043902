// Work the server was doing when it stopped (simulation, case-mix and DRG payment runs, bill files being
// prepared) cannot resume: at start it is marked failed with a plain message, each row audited.
import { audit } from './audit';
import type { Sql } from './sql';

export const INTERRUPTED_MESSAGE = '服务重启，处理中断，请重新发起';

interface InterruptibleTable {
  table: string;
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
    action: 'simulation.interrupt',
  },
  {
    table: 'casemix_runs',
    inProgress: 'running',
    finishedAt: true,
    entity: 'casemix-run',
    action: 'casemix.interrupt',
  },
  {
    table: 'drg_payment_runs',
    inProgress: 'running',
    finishedAt: true,
    entity: 'drg-payment-run',
    action: 'drg-payment.interrupt',
  },
  {
    table: 'bill_datasets',
    inProgress: 'pending',
    finishedAt: false,
    entity: 'bill-dataset',
    action: 'bills.interrupt',
  },
];

export type InterruptedWork = Record<string, number[]>;

/**
 * Marks every run still in progress as failed; call once at server start, before any job begins.
 * Returns the ids marked, by table. A system action: audited without an actor.
 */
export async function failInterruptedWork(sql: Sql): Promise<InterruptedWork> {
  return sql.transaction(async (tx) => {
    const marked: InterruptedWork = {};
    for (const { table, inProgress, finishedAt, entity, action } of TABLES) {
      const rows = await tx.query<{ id: number }>(
        `update ${table} set status = 'failed', error = $1${finishedAt ? ', finished_at = now()' : ''}
         where status = $2 returning id`,
        [INTERRUPTED_MESSAGE, inProgress],
      );
      const ids = rows.map((row) => row.id).sort((a, b) => a - b);
      for (const id of ids) {
        await audit(tx, null, {
          action,
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
