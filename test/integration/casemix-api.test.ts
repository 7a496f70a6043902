// Case-mix monitoring through the API on both databases: demo bills, a run with job progress, the ranking,
// trend, drill-down to DRGs and cases, CMI = Σ RW ÷ cases checked by hand, the export, hospital accounts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addScaled, formatScaled, parseDecimal, ZERO } from '../../src/core/drg/decimal';
import type { JobView } from '../../src/server/jobs';
import type { BillDataset } from '../../src/store/bill-datasets';
import { loginNewAccount, startApiApp, type ApiApp } from '../helpers/app';
import { testDatabases } from '../helpers/databases';
import { waitForJob } from '../helpers/jobs';

const databases = await testDatabases();

interface Cell {
  value: string | null;
  numerator: string;
  denominator: string;
  excluded: number;
}
interface Figures {
  cases: number;
  costFen: number;
  days: number;
  cmi: Cell;
  costEfficiency: Cell;
  timeEfficiency: Cell;
}
interface CaseRow {
  case_id: string;
  drg: string;
  rw: string | null;
  cost_fen: number;
  status: string;
}

describe.each(databases)('case-mix runs on $name', (database) => {
  let api: ApiApp;
  let app: FastifyInstance;
  let office: string;
  let runId = 0;
  const filesDir = mkdtempSync(path.join(tmpdir(), 'yigai-casemix-'));
  const get = async <T>(url: string, cookie = office) => {
    const response = await app.inject({ method: 'GET', url, headers: { cookie } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<T>();
  };

  beforeAll(async () => {
    api = await startApiApp(database, { filesDir });
    ({ app, office } = api);
    const started = await app.inject({
      method: 'POST',
      url: '/api/bill-datasets/demo',
      headers: { cookie: office },
      payload: { lines: 20000, seed: 11 },
    });
    const { job } = started.json<{ dataset: BillDataset; job: JobView }>();
    expect((await waitForJob(app, office, job.id)).status).toBe('done');
  });
  afterAll(async () => {
    await api?.drop();
  });

  it('runs in the background and ranks the hospitals by CMI', async () => {
    const { datasets } = await get<{ datasets: BillDataset[] }>('/api/bill-datasets');
    const dataset = datasets[0] as BillDataset;
    const started = await app.inject({
      method: 'POST',
      url: '/api/casemix-runs',
      headers: { cookie: office },
      payload: { datasetId: dataset.id, scheme: 'chs-drg-1.1', weights: { kind: 'yancheng-2023' } },
    });
    expect(started.statusCode, started.body).toBe(202);
    const { run, job } = started.json<{ run: { id: number; status: string }; job: JobView }>();
    expect(run.status).toBe('running');
    const done = await waitForJob(app, office, job.id);
    expect(done.status, JSON.stringify(done.error)).toBe('done');
    runId = run.id;

    const { summary } = await get<{
      summary: {
        cases: number;
        byStatus: Record<string, number>;
        ranking: Array<{
          rank: number;
          code: string;
          name: string;
          figures: Figures;
          qualityWarnings: number;
        }>;
        read: { path: string };
      };
    }>(`/api/casemix-runs/${runId}`);
    expect(summary.read.path).toBe('aggregate');
    expect(summary.cases).toBe(dataset.description?.inpatientEncounters);
    expect(Object.values(summary.byStatus).reduce((a, b) => a + b, 0)).toBe(summary.cases);
    expect(summary.ranking.length).toBeGreaterThan(3);
    const values = summary.ranking.map((row) => Number(row.figures.cmi.value));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(summary.ranking[0]?.figures.costEfficiency.value).not.toBeNull();
    for (const row of summary.ranking) expect(row.qualityWarnings).toBeGreaterThanOrEqual(0);

    const { runs } = await get<{ runs: Array<{ id: number; status: string }> }>(
      '/api/casemix-runs',
    );
    expect(runs.find((item) => item.id === runId)?.status).toBe('done');
  });

  it('gives the trend by month, the DRGs and the cases; CMI = Σ RW ÷ cases by hand', async () => {
    const trend = await get<{
      months: string[];
      hospitals: Array<{ code: string; points: Array<{ month: string; figures: Figures }> }>;
    }>(`/api/casemix-runs/${runId}/trend?hospital=BN02`);
    expect(trend.hospitals).toHaveLength(1);
    expect(trend.hospitals[0]?.points.length).toBeGreaterThan(6);
    const month = trend.hospitals[0]?.points[0]?.month as string;

    const { drgs } = await get<{
      drgs: Array<{ drg: string; rw: string | null; figures: Figures }>;
    }>(`/api/casemix-runs/${runId}/drgs?hospital=BN02`);
    expect(drgs.length).toBeGreaterThan(3);
    const monthly = await get<{ drgs: Array<{ figures: Figures }> }>(
      `/api/casemix-runs/${runId}/drgs?hospital=BN02&month=${month}`,
    );
    expect(monthly.drgs.reduce((sum, row) => sum + row.figures.cases, 0)).toBe(
      trend.hospitals[0]?.points[0]?.figures.cases,
    );

    const all = await get<{ total: number; cases: CaseRow[] }>(
      `/api/casemix-runs/${runId}/cases?hospital=BN02&pageSize=500`,
    );
    const { summary } = await get<{
      summary: { ranking: Array<{ code: string; figures: Figures }> };
    }>(`/api/casemix-runs/${runId}`);
    const hospital = summary.ranking.find((row) => row.code === 'BN02') as { figures: Figures };
    expect(all.total).toBe(hospital.figures.cases);
    expect(all.cases).toHaveLength(Math.min(500, all.total));
    // CMI by hand: Σ RW (exact decimals) over the cases that have one, ÷ their count
    const weighted = all.cases.filter((row) => row.rw !== null);
    const sum = weighted.reduce(
      (total, row) => addScaled(total, parseDecimal(row.rw as string)),
      ZERO,
    );
    expect(all.total).toBeLessThanOrEqual(500);
    expect(hospital.figures.cmi.denominator).toBe(String(weighted.length));
    expect(hospital.figures.cmi.numerator).toBe(formatScaled(sum));
    expect(Number(hospital.figures.cmi.value)).toBeCloseTo(
      Number(formatScaled(sum)) / weighted.length,
      4,
    );

    const drg = weighted[0]?.drg as string;
    const page = await get<{ total: number; cases: CaseRow[] }>(
      `/api/casemix-runs/${runId}/cases?hospital=BN02&drg=${drg}&page=1&pageSize=2`,
    );
    expect(page.total).toBe(drgs.find((row) => row.drg === drg)?.figures.cases);
    expect(page.cases.every((row) => row.drg === drg)).toBe(true);
  });

  it('exports the ranking to .xlsx', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/casemix-runs/${runId}/export.xlsx`,
      headers: { cookie: office },
    });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'CMI 排名',
      '按月',
      '按科室',
      '按病组',
      '说明',
    ]);
    expect(workbook.getWorksheet('CMI 排名')?.getRow(1).getCell(4).value).toBe('病例数');
  });

  it('lets a hospital account see its own hospital only', async () => {
    const hospital = await loginNewAccount(api, {
      username: 'banan-hospital',
      password: 'hospital-password-1',
      displayName: '巴南区人民医院',
      role: 'hospital',
      unitCode: 'BN02',
    });
    const { summary } = await get<{ summary: { ranking: Array<{ name: string; rank: number }> } }>(
      `/api/casemix-runs/${runId}`,
      hospital,
    );
    expect(summary.ranking.map((row) => row.name)).toEqual(['巴南区人民医院']);
    // Its place among all hospitals, as the office sees it.
    const all = await get<{ summary: { ranking: Array<{ name: string; rank: number }> } }>(
      `/api/casemix-runs/${runId}`,
    );
    const place = all.summary.ranking.find((row) => row.name === '巴南区人民医院')?.rank;
    expect(summary.ranking[0]?.rank).toBe(place);
    // by code, never by name: a unit named like the bills' hospital but with another code sees none
    await api.store.query(
      `insert into units (code, name, kind) values ('BN02-X', '巴南区人民医院', 'hospital')`,
    );
    const namesake = await loginNewAccount(api, {
      username: 'namesake-hospital',
      password: 'hospital-password-1',
      role: 'hospital',
      unitCode: 'BN02-X',
    });
    const seen = await get<{ summary: { ranking: unknown[] } }>(
      `/api/casemix-runs/${runId}`,
      namesake,
    );
    expect(seen.summary.ranking).toEqual([]);
    const other = await app.inject({
      method: 'GET',
      url: `/api/casemix-runs/${runId}/cases?hospital=BN01`,
      headers: { cookie: hospital },
    });
    expect(other.statusCode).toBe(403);
    const start = await app.inject({
      method: 'POST',
      url: '/api/casemix-runs',
      headers: { cookie: hospital },
      payload: { datasetId: 1, weights: { kind: 'derived' } },
    });
    expect(start.statusCode).toBe(403);
  });

  it('derives the weights from the same bills and shows the method', async () => {
    const { datasets } = await get<{ datasets: BillDataset[] }>('/api/bill-datasets');
    const started = await app.inject({
      method: 'POST',
      url: '/api/casemix-runs',
      headers: { cookie: office },
      payload: { datasetId: datasets[0]?.id, weights: { kind: 'derived' } },
    });
    const { run, job } = started.json<{ run: { id: number }; job: JobView }>();
    expect((await waitForJob(app, office, job.id)).status).toBe('done');
    const { summary } = await get<{
      summary: { weights: { kind: string; steps: string[] }; total: Figures };
    }>(`/api/casemix-runs/${run.id}`);
    expect(summary.weights.kind).toBe('derived');
    expect(summary.weights.steps.join('\n')).toContain('RW');
    expect(summary.total.cmi.excluded).toBe(0);
  });
});
