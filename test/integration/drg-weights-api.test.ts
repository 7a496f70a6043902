// DRG weight tables through the API on both databases: the built-in Yancheng table, file imports (all or nothing,
// errors by row and column), export and re-import, derivation from demo bills with its method, delete with audit.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobView } from '../../src/server/jobs';
import { listAudit } from '../../src/store/audit';
import type { WeightMethod, WeightTableSummary } from '../../src/store/drg-weight-tables';
import type { Store } from '../../src/store/sql';
import { multipartFile } from '../helpers/api';
import { BANAN_HOSPITAL_ACCOUNT, loginNewAccount, startApiApp, type ApiApp } from '../helpers/app';
import { testDatabases } from '../helpers/databases';
import { demoDataset, waitForJob } from '../helpers/jobs';

const databases = await testDatabases();

/** A multipart form with text fields before the file. */
function form(fields: Record<string, string>, fileName: string, content: Uint8Array) {
  const file = multipartFile(fileName, content);
  const boundary = file.headers['content-type']?.split('boundary=')[1] ?? '';
  const parts = Object.entries(fields).map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return {
    payload: Buffer.concat([Buffer.from(parts.join(''), 'utf8'), file.payload]),
    headers: file.headers,
  };
}

describe.each(databases)('DRG weight tables on $name', (database) => {
  let api: ApiApp;
  let store: Store;
  let app: FastifyInstance;
  let office: string;
  let hospital: string;
  const filesDir = mkdtempSync(path.join(tmpdir(), 'yigai-files-'));

  beforeAll(async () => {
    api = await startApiApp(database, { filesDir });
    ({ app, store, office } = api);
    hospital = await loginNewAccount(api, BANAN_HOSPITAL_ACCOUNT);
  });
  afterAll(async () => {
    await api?.drop();
  });

  const get = (url: string, cookie = office) =>
    app.inject({ method: 'GET', url, headers: { cookie } });

  it('imports the built-in Yancheng table only when asked, as a new version each time', async () => {
    const before = (await get('/api/drg/weight-tables')).json();
    expect(before.tables).toEqual([]);
    expect(before.builtin.map((item: { code: string }) => item.code)).toEqual(['yancheng-2023']);

    const imports: WeightTableSummary[] = [];
    for (let i = 0; i < 2; i++) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/drg/weight-tables/builtin',
        headers: { cookie: office },
        payload: { code: 'yancheng-2023', levelCoefficients: { 1: '0.8' } },
      });
      expect(response.statusCode).toBe(201);
      imports.push(response.json().table);
    }
    expect(imports.map((table) => [table.pool, table.year, table.version])).toEqual([
      ['盐城市', 2023, 1],
      ['盐城市', 2023, 2],
    ]);
    expect(imports[0]?.levelCoefficients).toEqual({ 1: '0.8' });
    expect(imports[0]?.groupCount).toBeGreaterThan(600);

    const page = (
      await get(`/api/drg/weight-tables/${imports[0]?.id}?q=GZ1&limit=5`, hospital)
    ).json();
    expect(page.title).toBe('盐城市 2023 年 第 1 版');
    expect(page.groups.length).toBeGreaterThan(0);
    expect(page.groups.every((group: { drg: string }) => group.drg.startsWith('GZ1'))).toBe(true);

    const refused = await app.inject({
      method: 'POST',
      url: '/api/drg/weight-tables/builtin',
      headers: { cookie: hospital },
      payload: { code: 'yancheng-2023' },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('imports a CSV file, and rejects a bad one whole with every bad row listed', async () => {
    const csv = 'DRG编码,权重,二级系数\nES23,1.05,0.9\nGZ13,0.85,\n';
    const settings = { pool: '巴南区', year: '2024', baseRateFen: '800000' };
    const upload = form(settings, '权重.csv', new TextEncoder().encode(csv));
    const created = await app.inject({
      method: 'POST',
      url: '/api/drg/weight-tables',
      headers: { cookie: office, ...upload.headers },
      payload: upload.payload,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().table).toMatchObject({
      pool: '巴南区',
      year: 2024,
      groupCount: 2,
      sourceLabel: '权重.csv',
    });

    const bad = form(
      settings,
      '坏表.csv',
      new TextEncoder().encode('DRG编码,权重\nES23,x\nGZ13,0.8\nGZ13,0.9\n'),
    );
    const rejected = await app.inject({
      method: 'POST',
      url: '/api/drg/weight-tables',
      headers: { cookie: office, ...bad.headers },
      payload: bad.payload,
    });
    expect(rejected.statusCode).toBe(400);
    const body = rejected.json();
    expect(body.error.message).toContain('坏表.csv 有 2 处错误，整表未导入');
    expect(body.rows).toEqual([
      { line: 2, column: '权重', message: expect.stringContaining('“x”不是数字') },
      { line: 4, column: 'DRG编码', message: expect.stringContaining('重复') },
    ]);
    const tables = (await get('/api/drg/weight-tables')).json().tables as WeightTableSummary[];
    expect(tables.filter((table) => table.pool === '巴南区')).toHaveLength(1);
  });

  it('derives a table from demo bills (1:2:7, trimmed) and keeps the method', async () => {
    const datasetId = await demoDataset(app, office, 20_000);
    const started = await app.inject({
      method: 'POST',
      url: '/api/drg/weight-tables/derive',
      headers: { cookie: office },
      payload: {
        datasetId,
        pool: '巴南区',
        tableYear: 2019,
        baseRateFen: 600_000,
        years: [
          { year: 2016, weight: 1 },
          { year: 2017, weight: 2 },
          { year: 2018, weight: 7 },
        ],
        trim: { method: { kind: 'iqr', k: '1.5' }, minCases: 5 },
      },
    });
    expect(started.statusCode).toBe(202);
    const job = await waitForJob(app, office, started.json<{ job: JobView }>().job.id);
    expect(job.status, job.message).toBe('done');
    const { table } = job.result as { table: WeightTableSummary };
    expect(table).toMatchObject({
      pool: '巴南区',
      year: 2019,
      sourceKind: 'derived',
      hasMethod: true,
    });
    const { method } = (await get(`/api/drg/weight-tables/${table.id}/method`)).json<{
      method: WeightMethod;
    }>();
    expect(method.steps.join('\n')).toContain('1:2:7');
    expect(method.groups).toHaveLength(table.groupCount);
    expect(method.years.map((year) => year.year)).toEqual([2016, 2017, 2018]);
    const kept = method.years.reduce((sum, year) => sum + year.kept + year.trimmed, 0);
    expect(kept).toBe(method.years.reduce((sum, year) => sum + year.cases, 0));
  });

  it('exports a table as .xlsx that imports back to the same groups', async () => {
    const tables = (await get('/api/drg/weight-tables')).json().tables as WeightTableSummary[];
    const derived = tables.find((table) => table.sourceKind === 'derived');
    const exported = await get(`/api/drg/weight-tables/${derived?.id}/export.xlsx`);
    expect(exported.statusCode).toBe(200);
    const file = form(
      { pool: '巴南区', year: '2019', baseRateFen: '600000' },
      '导出.xlsx',
      exported.rawPayload,
    );
    const reimported = await app.inject({
      method: 'POST',
      url: '/api/drg/weight-tables',
      headers: { cookie: office, ...file.headers },
      payload: file.payload,
    });
    expect(reimported.statusCode, reimported.body).toBe(201);
    const copy = reimported.json().table as WeightTableSummary;
    const original = (await get(`/api/drg/weight-tables/${derived?.id}?limit=500`)).json();
    const again = (await get(`/api/drg/weight-tables/${copy.id}?limit=500`)).json();
    expect(again.total).toBe(original.total);
    expect(again.groups).toEqual(original.groups);
  });

  it('says which rows of an exported Yancheng table have no RW when it is imported back', async () => {
    const tables = (await get('/api/drg/weight-tables')).json().tables as WeightTableSummary[];
    const yancheng = tables.find((table) => table.pool === '盐城市');
    const exported = await get(`/api/drg/weight-tables/${yancheng?.id}/export.xlsx`);
    const file = form(
      { pool: '盐城市', year: '2023', baseRateFen: '793824' },
      '盐城导出.xlsx',
      exported.rawPayload,
    );
    const response = await app.inject({
      method: 'POST',
      url: '/api/drg/weight-tables',
      headers: { cookie: office, ...file.headers },
      payload: file.payload,
    });
    expect(response.statusCode).toBe(400);
    const rows = response.json().rows as Array<{ line: number; column: string; message: string }>;
    expect(rows[0]).toMatchObject({ column: '权重', message: expect.stringContaining('权重为空') });
  });

  it('deletes a table and keeps the deletion in the audit trail', async () => {
    const tables = (await get('/api/drg/weight-tables')).json().tables as WeightTableSummary[];
    const target = tables.find((table) => table.pool === '盐城市' && table.version === 2);
    const removed = await app.inject({
      method: 'DELETE',
      url: `/api/drg/weight-tables/${target?.id}`,
      headers: { cookie: office },
    });
    expect(removed.statusCode).toBe(204);
    expect((await get(`/api/drg/weight-tables/${target?.id}`)).statusCode).toBe(404);
    const trail = await listAudit(store, 'drg-weight-table', String(target?.id));
    expect(trail.map((entry) => entry.action)).toEqual(['drg-weights.delete', 'drg-weights.add']);
  });
});
