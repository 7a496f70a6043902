// DRG payment runs on demo bills through the API on both databases: a hospital's DRG revenue equals the sum of its
// cases' payments computed here with payment.ts, gain = DRG − fee-for-service, points settle to the budget.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupBillInpatients } from '../../src/analytics/drg-bills';
import { DEFAULT_DRG_PAYMENT_PARAMS } from '../../src/analytics/drg-payment-params';
import type { GroupComparison } from '../../src/analytics/drg-payment-run';
import type { GroupedCase } from '../../src/core/drg/grouped-case';
import { payCases } from '../../src/core/drg/payment';
import type { JobView } from '../../src/server/jobs';
import { listAudit } from '../../src/store/audit';
import { getBillDataset } from '../../src/store/bill-datasets';
import type { DrgPaymentRun } from '../../src/store/drg-payment-runs';
import { getWeightTable } from '../../src/store/drg-weight-tables';
import type { Store } from '../../src/store/sql';
import { BANAN_HOSPITAL_ACCOUNT, loginNewAccount, startApiApp, type ApiApp } from '../helpers/app';
import { testDatabases } from '../helpers/databases';
import { demoDataset, waitForJob } from '../helpers/jobs';

const databases = await testDatabases();

describe.each(databases)('DRG payment runs on $name', (database) => {
  let api: ApiApp;
  let store: Store;
  let app: FastifyInstance;
  let office: string;
  let hospital: string;
  let datasetId: number;
  let tableId: number;
  const filesDir = mkdtempSync(path.join(tmpdir(), 'yigai-files-'));

  beforeAll(async () => {
    api = await startApiApp(database, { filesDir });
    ({ app, store, office } = api);
    hospital = await loginNewAccount(api, BANAN_HOSPITAL_ACCOUNT);
    datasetId = await demoDataset(app, office, 20_000);
    const imported = await app.inject({
      method: 'POST',
      url: '/api/drg/weight-tables/builtin',
      headers: { cookie: office },
      payload: { code: 'yancheng-2023', levelCoefficients: { 1: '0.8' } },
    });
    tableId = imported.json().table.id;
  });
  afterAll(async () => {
    await api?.drop();
  });

  async function run(params: Record<string, unknown>): Promise<DrgPaymentRun> {
    const started = await app.inject({
      method: 'POST',
      url: '/api/drg/payment-runs',
      headers: { cookie: office },
      payload: { datasetId, scheme: 'chs-drg-1.1', weightTableId: tableId, params },
    });
    expect(started.statusCode, started.body).toBe(202);
    const { run: created, job } = started.json<{ run: DrgPaymentRun; job: JobView }>();
    expect(created.status).toBe('running');
    const finished = await waitForJob(app, office, job.id);
    expect(finished.status, finished.message).toBe('done');
    return (
      await app.inject({
        method: 'GET',
        url: `/api/drg/payment-runs/${created.id}`,
        headers: { cookie: office },
      })
    ).json<DrgPaymentRun>();
  }

  it('pays per case: each hospital’s DRG revenue is the sum of its cases’ payments', async () => {
    const result = await run({});
    const summary = result.summary;
    if (summary === null) throw new Error('no summary');
    // a small demo file may have no inpatient in the smallest hospitals
    expect(summary.hospitals.length).toBeGreaterThanOrEqual(8);

    // the same cases grouped and paid here, independently of the run
    const cases: GroupedCase[] = [];
    const dataset = await getBillDataset(store, datasetId);
    await groupBillInpatients(dataset.path, {
      scheme: 'chs-drg-1.1',
      workers: 1,
      onCases: (batch) => {
        cases.push(...batch);
      },
    });
    const table = await getWeightTable(store, tableId);
    const payments = payCases({ ...DEFAULT_DRG_PAYMENT_PARAMS, table }, cases);
    const bn02 = summary.hospitals.find((row) => row.hospitalId === 'BN02');
    const mine = payments.filter((payment) => payment.hospitalId === 'BN02');
    expect(bn02?.cases).toBe(mine.length);
    expect(bn02?.drgFen).toBe(mine.reduce((sum, payment) => sum + payment.paymentFen, 0));
    expect(bn02?.feeForServiceFen).toBe(mine.reduce((sum, payment) => sum + payment.costFen, 0));
    expect(bn02?.hospitalName).toBe('巴南区人民医院');

    for (const row of summary.hospitals) {
      expect(row.gainFen).toBe(row.drgFen - row.feeForServiceFen);
      expect(Object.values(row.casesByKind).reduce((a, b) => a + b, 0)).toBe(row.cases);
    }
    expect(summary.totals.cases).toBe(cases.length);
    expect(summary.totals.casesByKind.standard).toBeGreaterThan(0);
    const fallback = summary.fallbackReasons.reduce((sum, reason) => sum + reason.cases, 0);
    expect(fallback).toBe(summary.totals.casesByKind['fee-for-service']);

    // drill-down: BN02's DRGs add up to its total, the biggest loss first
    const page = (
      await app.inject({
        method: 'GET',
        url: `/api/drg/payment-runs/${result.id}/groups?hospital=BN02&sort=loss&limit=500`,
        headers: { cookie: office },
      })
    ).json<{ total: number; groups: GroupComparison[] }>();
    expect(page.groups).toHaveLength(page.total);
    expect(page.groups.reduce((sum, row) => sum + row.drgFen, 0)).toBe(bn02?.drgFen);
    const gains = page.groups.map((row) => row.gainFen);
    expect(gains).toEqual([...gains].sort((a, b) => a - b));

    const exported = await app.inject({
      method: 'GET',
      url: `/api/drg/payment-runs/${result.id}/export.xlsx`,
      headers: { cookie: office },
    });
    expect(exported.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(exported.rawPayload).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '医院对比',
      '病组盈亏',
      '按项目付费原因',
      '参数',
    ]);
    // header, one row per hospital, the total
    expect(workbook.getWorksheet('医院对比')?.rowCount).toBe(summary.hospitals.length + 2);

    const trail = await listAudit(store, 'drg-payment-run', String(result.id));
    expect(trail.map((entry) => entry.action)).toEqual(['drg-payment.run']);
  });

  it('settles the point method out of a budget equal to fee-for-service when none is given', async () => {
    const result = await run({ method: 'points', year: 2018 });
    const summary = result.summary;
    if (summary === null || summary.points === null) throw new Error('no point settlement');
    expect(summary.points.budgetNeutral).toBe(true);
    expect(summary.totals.drgFen).toBe(summary.totals.feeForServiceFen);
    expect(summary.totals.gainFen).toBe(0);
    expect(summary.casesOutsideYear).toBeGreaterThan(0);
    expect(Number(summary.points.pointValueYuan)).toBeGreaterThan(0);
  });

  it('refuses unusable parameters at once, and a hospital account altogether', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/drg/payment-runs',
      headers: { cookie: office },
      payload: {
        datasetId,
        weightTableId: tableId,
        params: { highMultiple: '0.3', lowMultiple: '0.4' },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('低倍率界值 0.4 应小于高倍率界值 0.3');

    const refused = await app.inject({
      method: 'POST',
      url: '/api/drg/payment-runs',
      headers: { cookie: hospital },
      payload: { datasetId, weightTableId: tableId },
    });
    expect(refused.statusCode).toBe(403);
  });
});
