// Simulation runs through the API: run a scenario version on a bill dataset in the background (progress
// polled at /api/jobs/:id), list and read runs, export a run as .xlsx and as a .docx analysis report.
import { access, readableBy } from './access';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { simulateBills } from '../../analytics/simulate-bulk';
import { badInput, conflict, UserError } from '../../core/shared/errors';
import { writeSimulationReportDocx } from '../../documents/simulation-report-docx';
import { diseaseCategoryNames } from '../../documents/simulation-figures';
import { writeSimulationXlsx } from '../../documents/simulation-xlsx';
import { getBillDataset } from '../../store/bill-datasets';
import { loadDrgCatalogues } from '../../store/drg-schemes';
import { getScenarioVersion } from '../../store/scenarios';
import {
  finishSimulationRun,
  getSimulationRun,
  insertSimulationRun,
  listSimulationRuns,
  type SimulationRun,
} from '../../store/simulation-runs';
import type { Store } from '../../store/sql';
import { requireActor } from '../auth/session-plugin';
import type { JobRegistry, ReportProgress } from '../jobs';
import { attachment, XLSX_TYPE } from '../attachment';

const tags = ['改革测算'];
const idParams = z.object({ id: z.coerce.number().int().positive() });

/** The bulk engine's stages, in order, with the share of the work done when each starts. */
const STAGES: Record<string, { at: number; message: string }> = {
  scan: { at: 0.02, message: '正在读取账单并按新政策重新定价' },
  settle: { at: 0.8, message: '正在按人按年结算改革前后的报销' },
  aggregate: { at: 0.88, message: '正在汇总并测算各医院的补偿' },
  rejected: { at: 0.94, message: '正在整理有问题的明细' },
};

function reportStage(report: ReportProgress) {
  return (stage: string, done?: number) => {
    const known = STAGES[stage] ?? { at: 0.5, message: '正在测算' };
    if (stage === 'scan' && done !== undefined) {
      report(known.at + 0.78 * done, `${known.message}（${Math.round(done * 100)}%）`);
    } else report(known.at, known.message);
  };
}

/** What a failed run keeps: the user error's words, or a plain note that the fault is ours. */
function plainError(error: unknown): string {
  if (error instanceof UserError) {
    const where = error.details.where;
    return where && !where.includes('/') && !where.includes('\\')
      ? `${error.message}（${where}）`
      : error.message;
  }
  return '测算时出现内部错误，已记录日志。请检查账单文件后重试，或联系管理员。';
}

function download(
  reply: FastifyReply,
  buffer: Buffer,
  type: string,
  ext: string,
  run: SimulationRun,
) {
  const name = `${run.scenarioName}-第${run.scenarioVersion}版-测算${run.id}${ext === 'docx' ? '-测算分析报告' : ''}.${ext}`;
  return reply
    .header('content-type', type)
    .header('content-disposition', attachment(`simulation-${run.id}.${ext}`, name))
    .send(buffer);
}

export const simulationRunRoutes: FastifyPluginAsyncZod<{
  store: Store;
  jobs: JobRegistry;
}> = async (app, { store, jobs }) => {
  async function finishedRun(id: number) {
    const run = await getSimulationRun(store, id);
    if (run.status === 'running') throw conflict('测算尚未完成，完成后才能导出。');
    if (!run.result)
      throw conflict(`测算 #${id} 未能完成：${run.error ?? '原因不明'}。没有结果可以导出。`);
    const categories = run.result.byDisease.map((group) => group.key);
    const diseaseNames = diseaseCategoryNames(categories, loadDrgCatalogues().diagnoses);
    return { ...run, result: run.result, diseaseNames };
  }

  app.post(
    '/api/simulation-runs',
    {
      config: access('run', 'write'),
      schema: {
        tags,
        summary: '在账单数据集上运行测算方案（后台进行，进度见 /api/jobs/:id）',
        body: z.object({
          scenarioId: z.number().int().positive(),
          version: z.number().int().positive().optional(),
          datasetId: z.number().int().positive(),
        }),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { scenarioId, version, datasetId } = request.body;
      const chosen = await getScenarioVersion(store, scenarioId, version);
      const dataset = await getBillDataset(store, datasetId);
      if (dataset.status !== 'ready') {
        throw badInput(
          dataset.status === 'pending'
            ? `账单数据集“${dataset.name}”还在检查中，检查完成后再运行测算。`
            : `账单数据集“${dataset.name}”检查未通过（${dataset.error ?? '原因不明'}），请重新上传。`,
          { where: 'datasetId' },
        );
      }
      const hospitalNames: Record<string, string> = {};
      for (const h of dataset.description?.hospitals ?? []) hospitalNames[h.id] = h.name || h.id;
      const run = await insertSimulationRun(store, actor, {
        scenarioId,
        scenario: chosen.scenario,
        datasetId,
        datasetName: dataset.name,
        hospitalNames,
      });
      const title = `测算：${run.scenarioName}（第 ${run.scenarioVersion} 版）× ${dataset.name}`;
      const job = jobs.start(
        'simulation.run',
        title,
        actor.id,
        async (report) => {
          try {
            const result = await simulateBills({
              bills: dataset.path,
              scenario: chosen.scenario,
              onProgress: reportStage(report),
            });
            report(0.98, '正在保存测算结果');
            await finishSimulationRun(store, actor, run.id, { status: 'done', result });
            return { runId: run.id };
          } catch (error) {
            await finishSimulationRun(store, actor, run.id, {
              status: 'failed',
              error: plainError(error),
            });
            throw error;
          }
        },
        { row: { table: 'simulation_runs', id: run.id } },
      );
      return reply.status(202).send({ run, job });
    },
  );

  app.get(
    '/api/simulation-runs',
    {
      config: access('run', 'read'),
      schema: {
        tags,
        summary: '测算记录',
        querystring: z.object({ scenarioId: z.coerce.number().int().positive().optional() }),
      },
    },
    async (request) => {
      const { scenarioId } = request.query;
      const runs = await listSimulationRuns(store, scenarioId ? { scenarioId } : {});
      return { runs: runs.filter(readableBy(request.actor, 'run')) };
    },
  );

  app.get(
    '/api/simulation-runs/:id',
    {
      config: access('run', 'read', 'simulation-run'),
      schema: { tags, summary: '测算结果', params: idParams },
    },
    async (request) => {
      return getSimulationRun(store, request.params.id);
    },
  );

  app.get(
    '/api/simulation-runs/:id/report.xlsx',
    {
      config: access('run', 'read', 'simulation-run'),
      schema: { tags, summary: '导出测算结果（Excel）', params: idParams },
    },
    async (request, reply) => {
      const run = await finishedRun(request.params.id);
      return download(reply, await writeSimulationXlsx(run), XLSX_TYPE, 'xlsx', run);
    },
  );

  app.get(
    '/api/simulation-runs/:id/report.docx',
    {
      config: access('run', 'read', 'simulation-run'),
      schema: { tags, summary: '导出测算分析报告（Word，含图表）', params: idParams },
    },
    async (request, reply) => {
      const run = await finishedRun(request.params.id);
      const type = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      return download(reply, await writeSimulationReportDocx(run), type, 'docx', run);
    },
  );
};
