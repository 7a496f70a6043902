// Bill datasets through the API on both databases: generate demo bills with progress, upload a file, refuse bad columns.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobView } from '../../src/server/jobs';
import type { BillDataset } from '../../src/store/bill-datasets';
import { multipartFile } from '../helpers/api';
import { startApiApp, type ApiApp } from '../helpers/app';
import { testDatabases } from '../helpers/databases';
import { waitForJob } from '../helpers/jobs';

const databases = await testDatabases();

describe.each(databases)('bill datasets on $name', (database) => {
  let api: ApiApp;
  let app: FastifyInstance;
  let office: string;
  const filesDir = mkdtempSync(path.join(tmpdir(), 'yigai-files-'));

  beforeAll(async () => {
    api = await startApiApp(database, { filesDir });
    ({ app, office } = api);
  });
  afterAll(async () => {
    await api?.drop();
  });

  it('generates demo bills in the background and describes the file', async () => {
    const started = await app.inject({
      method: 'POST',
      url: '/api/bill-datasets/demo',
      headers: { cookie: office },
      payload: { lines: 3000, seed: 7 },
    });
    expect(started.statusCode).toBe(202);
    const { dataset, job } = started.json<{ dataset: BillDataset; job: JobView }>();
    expect(dataset.status).toBe('pending');
    const finished = await waitForJob(app, office, job.id);
    expect(finished.status).toBe('done');
    const ready = (
      await app.inject({
        method: 'GET',
        url: `/api/bill-datasets/${dataset.id}`,
        headers: { cookie: office },
      })
    ).json<BillDataset>();
    expect(ready.status).toBe('ready');
    expect(ready.description?.lines).toBeGreaterThanOrEqual(3000);
    expect(ready.description?.hospitals).toHaveLength(10);
    expect(ready.description?.lastDate?.slice(0, 4)).toBe('2018');
    // The simulator's own line checks: the demo file is clean, so every line is usable.
    expect(ready.description?.check).toEqual({
      linesUsable: ready.description?.lines,
      linesLeftOut: 0,
      encountersLeftOut: 0,
      linesNetted: 0,
      reasons: [],
    });
    // Answers name files relative to the files folder, never by their absolute server path.
    expect(path.isAbsolute(ready.path)).toBe(false);
    expect(existsSync(path.join(filesDir, ready.path))).toBe(true);

    const removed = await app.inject({
      method: 'DELETE',
      url: `/api/bill-datasets/${dataset.id}`,
      headers: { cookie: office },
    });
    expect(removed.statusCode).toBe(204);
    expect(existsSync(path.join(filesDir, ready.path))).toBe(false);
  });

  it('marks an uploaded file with the wrong columns as failed, saying which columns', async () => {
    const csv = new TextEncoder().encode('encounter_id,amount\n1,2\n');
    const upload = multipartFile('账单.csv', csv);
    const started = await app.inject({
      method: 'POST',
      url: '/api/bill-datasets',
      headers: { cookie: office, ...upload.headers },
      payload: upload.payload,
    });
    expect(started.statusCode).toBe(202);
    const { dataset, job } = started.json<{ dataset: BillDataset; job: JobView }>();
    expect(dataset.fileName).toBe('账单.csv');
    const finished = await waitForJob(app, office, job.id);
    expect(finished.status).toBe('failed');
    expect(finished.error?.message).toContain('缺少列');
    const failed = (
      await app.inject({
        method: 'GET',
        url: `/api/bill-datasets/${dataset.id}`,
        headers: { cookie: office },
      })
    ).json<BillDataset>();
    expect(failed.status).toBe('failed');
  });

  it('refuses a file that is neither CSV nor Parquet before storing it', async () => {
    const upload = multipartFile('bills.xls', new Uint8Array([1, 2, 3]));
    const response = await app.inject({
      method: 'POST',
      url: '/api/bill-datasets',
      headers: { cookie: office, ...upload.headers },
      payload: upload.payload,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('.csv 或 .parquet');
  });
});
