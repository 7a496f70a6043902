// Simulation runs through the API on both databases: run banan-2017 on demo bills with progress, read a
// result whose totals reconcile, export it, and keep a failed run's error in plain words.
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BulkSimulationResult } from '../../src/analytics/simulate-bulk';
import { buildApp } from '../../src/server/app';
import { ensureAdmin } from '../../src/server/auth/accounts';
import { clearMustChangePassword } from '../../src/store/users';
import type { JobView } from '../../src/server/jobs';
import { listAudit } from '../../src/store/audit';
import type { BillDataset } from '../../src/store/bill-datasets';
import type { SimulationRun, SimulationRunSummary } from '../../src/store/simulation-runs';
import type { Store } from '../../src/store/sql';
import { login } from '../helpers/api';
import { testDatabases } from '../helpers/databases';

const databases = await testDatabases();

describe.each(databases)('simulation runs on $name', (database) => {
  let store: Store;
  let drop: () => Promise<void>;
  let app: FastifyInstance;
  let cookie: string;
  let dataset: BillDataset;
  let scenarioId: number;
  const filesDir = mkdtempSync(path.join(tmpdir(), 'yigai-files-'));

  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  /** Polls the job, keeping every progress message seen. */
  async function waitForJob(id: string, seen: string[] = []): Promise<JobView> {
    for (let i = 0; i < 1200; i++) {
      const job = (await call('GET', `/api/jobs/${id}`)).json<JobView>();
      if (seen.at(-1) !== job.message) seen.push(job.message);
      expect(job.progress === null || (job.progress >= 0 && job.progress <= 1)).toBe(true);
      if (job.status !== 'running') return job;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('job did not finish');
  }

  beforeAll(async () => {
    ({ store, drop } = await database.open());
    const admin = await ensureAdmin(store);
    if (!admin) throw new Error('expected an admin');
    await clearMustChangePassword(store, admin.username);
    app = await buildApp({ store, webRoot: '/nonexistent', filesDir });
    cookie = await login(app, admin.username, admin.password);
    const started = await call('POST', '/api/bill-datasets/demo', { lines: 3000, seed: 5 });
    const { dataset: pending, job } = started.json<{ dataset: BillDataset; job: JobView }>();
    expect((await waitForJob(job.id)).status).toBe('done');
    dataset = (await call('GET', `/api/bill-datasets/${pending.id}`)).json<BillDataset>();
    const scenario = await call('POST', '/api/scenarios', { name: '巴南', basedOn: 'banan-2017' });
    scenarioId = scenario.json<{ id: number }>().id;
  });
  afterAll(async () => {
    await app.close();
    await drop();
  });

  it('runs banan-2017 on demo bills with progress and stores a result that reconciles', async () => {
    const started = await call('POST', '/api/simulation-runs', {
      scenarioId,
      datasetId: dataset.id,
    });
    expect(started.statusCode).toBe(202);
    const { run, job } = started.json<{ run: SimulationRunSummary; job: JobView }>();
    expect(run).toMatchObject({ status: 'running', scenarioVersion: 1, datasetId: dataset.id });
    const seen: string[] = [];
    const finished = await waitForJob(job.id, seen);
    expect(finished.status).toBe('done');
    expect(seen.join(' ')).toMatch(/正在|已完成/);

    const stored = (await call('GET', `/api/simulation-runs/${run.id}`)).json<SimulationRun>();
    expect(stored.status).toBe('done');
    expect(stored.error).toBeNull();
    expect(stored.hospitalNames).toMatchObject({ BN01: expect.any(String) });
    const result = stored.result as BulkSimulationResult;
    const { before, after } = result.total;
    for (const side of [before, after]) {
      expect(side.fundFen + side.outOfPocketFen).toBe(side.costFen);
      const revenue = Object.values(side.revenueByCategoryFen).reduce((a, b) => a + b, 0);
      expect(revenue).toBe(side.costFen);
    }
    const sumOf = (groups: BulkSimulationResult['byHospital'], pick: 'before' | 'after') =>
      groups.reduce((sum, g) => sum + g[pick].costFen, 0);
    for (const groups of [result.byHospital, result.byDisease, result.byLevel, result.byScheme]) {
      expect(sumOf(groups, 'before')).toBe(before.costFen);
      expect(sumOf(groups, 'after')).toBe(after.costFen);
    }
    expect(result.encounters).toBe(before.encounters);
    expect(result.lines).toBe(dataset.description?.lines);
    expect(result.subsidy.totalFen).toBe(
      result.hospitals.reduce((sum, h) => sum + h.requiredSubsidyFen, 0),
    );
    expect(result.fundChangeFen).toBe(after.fundFen - before.fundFen);
    // Banan removes the markup: hospitals lose revenue, the government tops up to 90%.
    expect(after.costFen).toBeLessThan(before.costFen);
    expect(result.subsidy.totalFen).toBeGreaterThan(0);

    const { runs } = (await call('GET', '/api/simulation-runs')).json<{
      runs: SimulationRunSummary[];
    }>();
    const listed = runs.find((r) => r.id === run.id);
    const held = Object.values(result.conditions).filter((c) => c.holds).length;
    expect(listed).toMatchObject({
      scenarioName: '巴南',
      datasetName: dataset.name,
      status: 'done',
      username: 'admin',
      headline: {
        lines: result.lines,
        encounters: result.encounters,
        fundChangeFen: result.fundChangeFen,
        oopChangeFen: after.outOfPocketFen - before.outOfPocketFen,
        subsidyFen: result.subsidy.totalFen,
        conditionsHeld: held,
      },
    });

    const xlsx = await call('GET', `/api/simulation-runs/${run.id}/report.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const docx = await call('GET', `/api/simulation-runs/${run.id}/report.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(String(docx.headers['content-disposition'])).toContain(
      encodeURIComponent('测算分析报告'),
    );

    const trail = await listAudit(store, 'simulation-run', String(run.id));
    expect(trail.map((entry) => entry.action)).toEqual(['simulation.finish', 'simulation.run']);
  });

  it('runs a chosen older version', async () => {
    const current = (await call('GET', `/api/scenarios/${scenarioId}`)).json<{
      version: number;
      scenario: { compensation: { kind: string; floorRate?: number } };
    }>();
    const edited = structuredClone(current.scenario);
    edited.compensation.floorRate = 8000;
    const saved = await app.inject({
      method: 'PUT',
      url: `/api/scenarios/${scenarioId}`,
      headers: { cookie, 'if-match': `"${current.version}"` },
      payload: { scenario: edited, note: '80%' },
    });
    expect(saved.statusCode).toBe(200);
    const started = await call('POST', '/api/simulation-runs', {
      scenarioId,
      version: 1,
      datasetId: dataset.id,
    });
    const { run, job } = started.json<{ run: SimulationRun; job: JobView }>();
    expect(run.scenarioVersion).toBe(1);
    expect(run.scenario.compensation).toMatchObject({ floorRate: 9000 });
    expect((await waitForJob(job.id)).status).toBe('done');
  });

  it('keeps a failed run with its error in plain words and refuses to export it', async () => {
    const started = await call('POST', '/api/bill-datasets/demo', { lines: 1000, seed: 9 });
    const { dataset: pending, job } = started.json<{ dataset: BillDataset; job: JobView }>();
    await waitForJob(job.id);
    const ready = (await call('GET', `/api/bill-datasets/${pending.id}`)).json<BillDataset>();
    await rm(path.join(filesDir, ready.path));
    const run = await call('POST', '/api/simulation-runs', { scenarioId, datasetId: ready.id });
    expect(run.statusCode).toBe(202);
    const body = run.json<{ run: SimulationRun; job: JobView }>();
    const failed = await waitForJob(body.job.id);
    expect(failed.status).toBe('failed');
    const stored = (await call('GET', `/api/simulation-runs/${body.run.id}`)).json<SimulationRun>();
    expect(stored.status).toBe('failed');
    expect(stored.result).toBeNull();
    expect(stored.error).toMatch(/[\u4e00-\u9fff]/);
    expect(stored.error).not.toMatch(/at \w+ \(|Error:/);
    const xlsx = await call('GET', `/api/simulation-runs/${body.run.id}/report.xlsx`);
    expect(xlsx.statusCode).toBe(409);
  });

  it('names a missing scenario, version or dataset', async () => {
    const noScenario = await call('POST', '/api/simulation-runs', {
      scenarioId: 999,
      datasetId: dataset.id,
    });
    expect(noScenario.statusCode).toBe(404);
    const noVersion = await call('POST', '/api/simulation-runs', {
      scenarioId,
      version: 99,
      datasetId: dataset.id,
    });
    expect(noVersion.statusCode).toBe(404);
    expect(noVersion.json<{ error: { message: string } }>().error.message).toContain('第 99 版');
    const noDataset = await call('POST', '/api/simulation-runs', { scenarioId, datasetId: 999 });
    expect(noDataset.statusCode).toBe(404);
  });
});
