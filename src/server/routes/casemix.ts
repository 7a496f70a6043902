// Case-mix monitoring API: start a run on a bill dataset (background job with progress), list runs, the ranking
// across hospitals, the trend by month, drill-down to DRGs and cases, and the .xlsx export.
import { access, readableBy } from './access';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { casesPage, hospitalDrgs } from '../../analytics/casemix-drilldown';
import { runCasemix } from '../../analytics/casemix-run';
import { rankHospitals } from '../../analytics/casemix-summary';
import type { WeightSource } from '../../analytics/casemix-weights';
import { badInput, conflict, UserError } from '../../core/shared/errors';
import { writeCasemixXlsx } from '../../documents/casemix-xlsx';
import { getBillDataset } from '../../store/bill-datasets';
import {
  deleteCasemixRun,
  finishCasemixRun,
  getCasemixRun,
  insertCasemixRun,
  listCasemixRuns,
  type CasemixRun,
} from '../../store/casemix-runs';
import { BUILTIN_WEIGHT_TABLES } from '../../store/drg-weight-builtin';
import {
  getWeightTable,
  getWeightTableSummary,
  weightTableTitle,
} from '../../store/drg-weight-tables';
import type { Store } from '../../store/sql';
import { requireActor } from '../auth/session-plugin';
import type { JobRegistry } from '../jobs';
import { casemixViewer, checkHospital, summaryFor, visibleHospitals } from './casemix-access';
import { schemeCode } from './drg-schemas';
import { attachment, XLSX_TYPE } from '../attachment';

const tags = ['病例组合监测'];
const idParams = z.object({ id: z.coerce.number().int().positive() });
const hospitalQuery = z.string().trim().min(1, '请指定医院编码（hospital）').max(60);
const monthQuery = z
  .string()
  .regex(/^\d{4}-\d{2}$/, '月份应为 YYYY-MM')
  .optional();

const startBody = z.object({
  datasetId: z.number().int().positive(),
  scheme: schemeCode.default('chs-drg-1.1'),
  weights: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('yancheng-2023') }),
    z.object({ kind: z.literal('derived') }),
    z.object({ kind: z.literal('table'), id: z.number().int().positive() }),
  ]),
  /** Refuse cases with data-quality warnings (unknown codes, sex or age mismatch) instead of grouping them. */
  strict: z.boolean().default(false),
});

export interface CasemixRouteOptions {
  store: Store;
  jobs: JobRegistry;
  /** Folder of the server's files; the per-case files go to its casemix/ folder. */
  filesDir: string;
}

function finished(run: CasemixRun): CasemixRun & { summary: NonNullable<CasemixRun['summary']> } {
  if (run.status === 'running') throw conflict('这次计算还没有完成，请稍候再看。');
  if (run.summary === null)
    throw conflict(`这次计算没有成功：${run.error ?? '原因未记录'}。请重新计算。`);
  return { ...run, summary: run.summary };
}

export const casemixRoutes: FastifyPluginAsyncZod<CasemixRouteOptions> = async (
  app,
  { store, jobs, filesDir },
) => {
  const casemixDir = path.join(filesDir, 'casemix');

  app.post(
    '/api/casemix-runs',
    {
      config: access('casemix-run', 'write'),
      schema: {
        tags,
        summary: '在账单数据集上计算 CMI、费用消耗指数与时间消耗指数（后台任务）',
        body: startBody,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { datasetId, scheme, weights, strict } = request.body;
      const dataset = await getBillDataset(store, datasetId);
      if (dataset.status !== 'ready') {
        throw badInput(
          `账单数据集“${dataset.name}”还不能使用（${dataset.status === 'pending' ? '正在检查' : '检查失败'}）。`,
        );
      }
      let source: WeightSource;
      let weightLabel: string;
      if (weights.kind === 'table') {
        const table = await getWeightTable(store, weights.id);
        weightLabel = weightTableTitle(await getWeightTableSummary(store, weights.id));
        source = { kind: 'table', table, label: weightLabel, id: weights.id };
      } else if (weights.kind === 'derived') {
        source = { kind: 'derived' };
        weightLabel = '由本账单测算的权重';
      } else {
        source = { kind: 'yancheng-2023' };
        weightLabel = BUILTIN_WEIGHT_TABLES['yancheng-2023'].label;
      }
      const run = await insertCasemixRun(store, actor, {
        datasetId,
        datasetName: dataset.name,
        scheme,
        weights,
        weightLabel,
      });
      await mkdir(casemixDir, { recursive: true });
      const casesFile = path.join(casemixDir, `run-${run.id}.parquet`);
      const job = jobs.start(
        'casemix.run',
        `病例组合计算：${dataset.name}`,
        actor.id,
        async (report) => {
          try {
            const summary = await runCasemix(dataset.path, {
              scheme,
              weights: source,
              casesFile,
              onProgress: report,
              strict,
            });
            await finishCasemixRun(store, actor, run.id, {
              status: 'done',
              summary,
              casesPath: casesFile,
              weightLabel: summary.weights.label,
            });
            return { runId: run.id, cases: summary.cases };
          } catch (error) {
            const message =
              error instanceof UserError ? error.message : '计算时出现内部错误，已记录日志。';
            await finishCasemixRun(store, actor, run.id, { status: 'failed', error: message });
            throw error;
          }
        },
        { row: { table: 'casemix_runs', id: run.id } },
      );
      return reply.status(202).send({ run, job });
    },
  );

  app.get(
    '/api/casemix-runs',
    { config: access('casemix-run', 'read'), schema: { tags, summary: '病例组合计算列表' } },
    async (request) => {
      casemixViewer(request);
      return {
        runs: (await listCasemixRuns(store)).filter(readableBy(request.actor, 'casemix-run')),
      };
    },
  );

  app.get(
    '/api/casemix-runs/:id',
    {
      config: access('casemix-run', 'read', 'casemix-run'),
      schema: {
        tags,
        summary: '一次计算的结果：医院 CMI 排名（含费用、时间消耗指数）与各状态病例数',
        params: idParams,
      },
    },
    async (request) => {
      const viewer = casemixViewer(request);
      const run = await getCasemixRun(store, request.params.id);
      const { casesPath: _path, summary: stored, ...item } = run;
      if (stored === null) return { run: item, summary: null };
      const visible = visibleHospitals(viewer, stored);
      const summary = summaryFor(stored, visible);
      // Ranked among every hospital of the run first, then cut to what the viewer may see.
      const ranking = rankHospitals(stored.hospitals).filter(
        (row) => visible === null || visible.has(row.code),
      );
      const { departments: _d, drgs: _g, hospitalMonths: _m, ...rest } = summary;
      return { run: item, summary: { ...rest, ranking } };
    },
  );

  app.get(
    '/api/casemix-runs/:id/trend',
    {
      config: access('casemix-run', 'read', 'casemix-run'),
      schema: {
        tags,
        summary: '按月趋势：全区与各医院（或指定医院）',
        params: idParams,
        querystring: z.object({ hospital: z.string().trim().max(60).optional() }),
      },
    },
    async (request) => {
      const viewer = casemixViewer(request);
      const { summary } = finished(await getCasemixRun(store, request.params.id));
      const visible = visibleHospitals(viewer, summary);
      const { hospital } = request.query;
      if (hospital) checkHospital(visible, hospital);
      const shown = summaryFor(summary, visible).hospitals.filter(
        (row) => !hospital || row.code === hospital,
      );
      return {
        months: summary.months,
        region: summary.byMonth,
        hospitals: shown.map((row) => ({
          code: row.code,
          name: row.name,
          points: summary.hospitalMonths
            .filter((point) => point.hospital === row.code)
            .map(({ month, figures }) => ({ month, figures })),
        })),
      };
    },
  );

  app.get(
    '/api/casemix-runs/:id/drgs',
    {
      config: access('casemix-run', 'read', 'casemix-run'),
      schema: {
        tags,
        summary: '下钻：一家医院（可限定月份）的病组：病例数、RW、例均费用、平均住院日、指数',
        params: idParams,
        querystring: z.object({ hospital: hospitalQuery, month: monthQuery }),
      },
    },
    async (request) => {
      const viewer = casemixViewer(request);
      const run = finished(await getCasemixRun(store, request.params.id));
      const { hospital, month } = request.query;
      checkHospital(visibleHospitals(viewer, run.summary), hospital);
      const drgs = await hospitalDrgs(run.casesPath, run.summary, hospital, month);
      const departments = month
        ? []
        : run.summary.departments.filter((row) => row.hospital === hospital);
      return { hospital, month: month ?? null, drgs, departments };
    },
  );

  app.get(
    '/api/casemix-runs/:id/cases',
    {
      config: access('casemix-run', 'read', 'casemix-run'),
      schema: {
        tags,
        summary: '下钻：病例列表（按医院、病组、月份筛选，分页）',
        params: idParams,
        querystring: z.object({
          hospital: hospitalQuery,
          drg: z.string().trim().max(10).optional(),
          month: monthQuery,
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(500).default(20),
        }),
      },
    },
    async (request) => {
      const viewer = casemixViewer(request);
      const run = finished(await getCasemixRun(store, request.params.id));
      const { hospital, drg, month, page, pageSize } = request.query;
      checkHospital(visibleHospitals(viewer, run.summary), hospital);
      if (run.casesPath === null) throw conflict('这次计算没有保存病例文件，请重新计算。');
      const result = await casesPage(run.casesPath, { hospital, drg, month }, page, pageSize);
      return { ...result, page, pageSize };
    },
  );

  app.get(
    '/api/casemix-runs/:id/export.xlsx',
    {
      config: access('casemix-run', 'read', 'casemix-run'),
      schema: {
        tags,
        summary: '导出 Excel：排名、按月、按科室、按病组与计算说明',
        params: idParams,
      },
    },
    async (request, reply) => {
      const viewer = casemixViewer(request);
      const run = finished(await getCasemixRun(store, request.params.id));
      const title = `病例组合指数-${run.datasetName}-第${run.id}次`;
      const buffer = await writeCasemixXlsx(
        run.summary,
        title,
        visibleHospitals(viewer, run.summary),
      );
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachment(`casemix-${run.id}.xlsx`, `${title}.xlsx`))
        .send(buffer);
    },
  );

  app.delete(
    '/api/casemix-runs/:id',
    {
      config: access('casemix-run', 'delete', 'casemix-run'),
      schema: { tags, summary: '删除一次计算及其病例文件', params: idParams },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const run = await deleteCasemixRun(store, actor, request.params.id);
      if (
        run.casesPath &&
        path.resolve(run.casesPath).startsWith(path.resolve(casemixDir) + path.sep)
      ) {
        await rm(run.casesPath, { force: true });
      }
      return reply.status(204).send();
    },
  );
};
