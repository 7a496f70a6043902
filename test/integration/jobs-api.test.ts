// Background jobs across server instances on one database (both databases): a second instance starting
// while the first runs a job leaves it alone and the job finishes with its result; work whose heartbeat
// stopped is failed; cancel through the API marks the row 已取消, and finishing never overwrites it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import type { JobView } from '../../src/server/jobs';
import { listAudit } from '../../src/store/audit';
import { finishSimulationRun } from '../../src/store/simulation-runs';
import { INTERRUPTED_MESSAGE } from '../../src/store/interrupted-work';
import { loginNewAccount, startApiApp, type ApiApp } from '../helpers/app';
import { testDatabases } from '../helpers/databases';
import { waitForJob } from '../helpers/jobs';

const databases = await testDatabases();

describe.each(databases)('jobs across instances on $name', (database) => {
  let api: ApiApp;
  let app: FastifyInstance;
  const filesDir = mkdtempSync(path.join(tmpdir(), 'yigai-jobs-'));

  const datasetStatus = async (id: number) => {
    const [row] = await api.store.query<{ status: string; error: string | null }>(
      'select status, error from bill_datasets where id = $1',
      [id],
    );
    return row;
  };

  const startDemo = async (lines: number) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/bill-datasets/demo',
      headers: { cookie: api.office },
      payload: { lines, seed: 3 },
    });
    expect(response.statusCode, response.body).toBe(202);
    return response.json<{ dataset: { id: number }; job: JobView }>();
  };

  beforeAll(async () => {
    api = await startApiApp(database, { filesDir });
    app = api.app;
  });
  afterAll(async () => {
    await api?.drop();
  });

  it('a second instance starting while the first runs a job leaves it to finish with its result', async () => {
    const { dataset, job } = await startDemo(60_000);
    const second = await buildApp({ store: api.store, webRoot: '/nonexistent', filesDir });
    try {
      expect((await datasetStatus(dataset.id))?.status).toBe('pending');
      const [row] = await api.store.query<{ instance_id: string | null }>(
        'select instance_id from bill_datasets where id = $1',
        [dataset.id],
      );
      expect(row?.instance_id).toMatch(/^[0-9a-f-]{36}$/);
      const finished = await waitForJob(app, api.office, job.id);
      expect(finished.status, finished.message).toBe('done');
      expect(await datasetStatus(dataset.id)).toEqual({ status: 'ready', error: null });
    } finally {
      await second.close();
    }
  }, 180_000);

  it('fails at start only work whose heartbeat stopped a minute ago', async () => {
    const insert = async (heartbeat: string) => {
      const [row] = await api.store.query<{ id: number }>(
        `insert into simulation_runs (scenario_name, scenario_version, scenario, dataset_name, heartbeat_at)
         values ('巴南', 1, '{}'::jsonb, '演示账单', ${heartbeat}) returning id`,
      );
      return row?.id ?? 0;
    };
    const stale = await insert(`now() - interval '2 minutes'`);
    const silent = await insert('null');
    const live = await insert(`now() - interval '5 seconds'`);
    const second = await buildApp({ store: api.store, webRoot: '/nonexistent', filesDir });
    await second.close();
    const statuses = await api.store.query<{ id: number; status: string; error: string | null }>(
      'select id, status, error from simulation_runs where id = any($1::integer[]) order by id',
      [[stale, silent, live]],
    );
    expect(statuses).toEqual([
      { id: stale, status: 'failed', error: INTERRUPTED_MESSAGE },
      { id: silent, status: 'failed', error: INTERRUPTED_MESSAGE },
      { id: live, status: 'running', error: null },
    ]);
    // a finishing run does not overwrite what was decided meanwhile
    expect(
      await finishSimulationRun(
        api.store,
        {
          id: 1,
          username: 'admin',
          displayName: '管理员',
          role: 'office',
          unitCode: null,
          unitName: null,
        },
        stale,
        { status: 'failed', error: '另一个原因' },
      ),
    ).toBe(false);
    expect(
      (await api.store.query('select error from simulation_runs where id = $1', [stale]))[0],
    ).toEqual({ error: INTERRUPTED_MESSAGE });
  });

  it('cancels a running job through the API: its row says 已取消, audited; others may not', async () => {
    const { dataset, job } = await startDemo(5_000_000);
    const stranger = await loginNewAccount(api, {
      username: 'monitor1',
      password: 'monitor-pass',
      role: 'monitor',
      unitCode: null,
    });
    const refused = await app.inject({
      method: 'POST',
      url: `/api/jobs/${job.id}/cancel`,
      headers: { cookie: stranger },
    });
    expect(refused.statusCode).toBe(403);
    const cancelled = await app.inject({
      method: 'POST',
      url: `/api/jobs/${job.id}/cancel`,
      headers: { cookie: api.office },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json<JobView>().status).toBe('cancelled');
    expect(await datasetStatus(dataset.id)).toEqual({ status: 'cancelled', error: '已取消' });
    const [entry] = await listAudit(api.store, 'bill-dataset', String(dataset.id));
    expect(entry).toMatchObject({ action: 'bills.cancel', after: { status: 'cancelled' } });
    const again = await app.inject({
      method: 'POST',
      url: `/api/jobs/${job.id}/cancel`,
      headers: { cookie: api.office },
    });
    expect(again.statusCode).toBe(409);
    // the generator's finishing write leaves the cancelled status alone
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await datasetStatus(dataset.id))?.status).toBe('cancelled');
  });
});
