// At server start, runs left "running" and bill files left "pending" by a stopped server (their heartbeat
// stopped) are marked failed with a plain message and audited without an actor; finished work is left
// alone. On both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { listAudit } from '../../src/store/audit';
import { failInterruptedWork, INTERRUPTED_MESSAGE } from '../../src/store/interrupted-work';
import type { Store } from '../../src/store/sql';
import { testDatabases } from '../helpers/databases';

const databases = await testDatabases();

/** Inserts a row whose heartbeat stopped two minutes ago, as a server that stopped leaves it. */
async function insertId(store: Store, text: string, params: unknown[]): Promise<number> {
  const [row] = await store.query<{ id: number }>(`${text} returning id`, params);
  if (!row) throw new Error('insert returned no row');
  const table = /insert into (\w+)/.exec(text)?.[1] ?? '';
  await store.query(
    `update ${table} set heartbeat_at = now() - interval '2 minutes' where id = $1`,
    [row.id],
  );
  return row.id;
}

const dataset = (store: Store, status: string) =>
  insertId(
    store,
    `insert into bill_datasets (name, file_name, path, format, source, size_bytes, status)
     values ('演示账单', 'bills.parquet', '/tmp/bills.parquet', 'parquet', 'demo', 0, $1)`,
    [status],
  );

const simulationRun = (store: Store, status: string) =>
  insertId(
    store,
    `insert into simulation_runs (scenario_name, scenario_version, scenario, dataset_name, status)
     values ('巴南', 1, '{}'::jsonb, '演示账单', $1)`,
    [status],
  );

const casemixRun = (store: Store, status: string) =>
  insertId(
    store,
    `insert into casemix_runs (dataset_name, scheme, weight_source, weight_label, status)
     values ('演示账单', 'chs-drg-1.1', '{"kind":"derived"}'::jsonb, '本地测算', $1)`,
    [status],
  );

const paymentRun = (store: Store, status: string) =>
  insertId(
    store,
    `insert into drg_payment_runs (dataset_name, scheme, weight_table_title, params, status)
     values ('演示账单', 'chs-drg-1.1', '权重表', '{}'::jsonb, $1)`,
    [status],
  );

const statusOf = async (store: Store, table: string, id: number) => {
  const [row] = await store.query<{ status: string; error: string | null }>(
    `select status, error from ${table} where id = $1`,
    [id],
  );
  return row;
};

describe.each(databases)('interrupted work on $name', (database) => {
  let store: Store;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ store, drop } = await database.open());
  });
  afterAll(async () => {
    await drop();
  });

  it('marks what was under way as failed, audited, and leaves finished work alone', async () => {
    const pending = await dataset(store, 'pending');
    const ready = await dataset(store, 'ready');
    const running = await simulationRun(store, 'running');
    const done = await simulationRun(store, 'done');
    const casemix = await casemixRun(store, 'running');
    const payment = await paymentRun(store, 'running');

    const marked = await failInterruptedWork(store);
    expect(marked).toEqual({
      simulation_runs: [running],
      casemix_runs: [casemix],
      drg_payment_runs: [payment],
      bill_datasets: [pending],
    });
    const failed = { status: 'failed', error: INTERRUPTED_MESSAGE };
    expect(await statusOf(store, 'bill_datasets', pending)).toEqual(failed);
    expect(await statusOf(store, 'simulation_runs', running)).toEqual(failed);
    expect(await statusOf(store, 'casemix_runs', casemix)).toEqual(failed);
    expect(await statusOf(store, 'drg_payment_runs', payment)).toEqual(failed);
    expect(await statusOf(store, 'bill_datasets', ready)).toEqual({ status: 'ready', error: null });
    expect(await statusOf(store, 'simulation_runs', done)).toEqual({ status: 'done', error: null });

    const [entry] = await listAudit(store, 'simulation-run', String(running));
    expect(entry).toMatchObject({
      username: null,
      action: 'simulation.interrupt',
      before: { status: 'running' },
      after: failed,
    });
    expect((await listAudit(store, 'bill-dataset', String(pending)))[0]?.action).toBe(
      'bills.interrupt',
    );
    expect(await failInterruptedWork(store)).toEqual({
      simulation_runs: [],
      casemix_runs: [],
      drg_payment_runs: [],
      bill_datasets: [],
    });
  });

  it('does it when the server starts', async () => {
    const running = await simulationRun(store, 'running');
    const app = await buildApp({ store });
    try {
      expect(await statusOf(store, 'simulation_runs', running)).toEqual({
        status: 'failed',
        error: INTERRUPTED_MESSAGE,
      });
    } finally {
      await app.close();
    }
  });
});
