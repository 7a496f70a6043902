// DRG payment runs on bills: start one in the background (dataset + scheme + weight table + parameters), list,
// read a run with per hospital totals, page its gain or loss by DRG, export .xlsx.
import { access, readableBy } from './access';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { billCaseSource } from '../../analytics/drg-bill-cases';
import { paymentRuleOf } from '../../analytics/drg-payment-params';
import { runDrgPayment, type GroupComparison } from '../../analytics/drg-payment-run';
import { compilePaymentRule } from '../../core/drg/payment';
import { badInput, UserError } from '../../core/shared/errors';
import { writeDrgPaymentXlsx } from '../../documents/drg-payment-xlsx';
import { getBillDataset } from '../../store/bill-datasets';
import {
  finishDrgPaymentRun,
  getDrgPaymentGroups,
  getDrgPaymentRun,
  insertDrgPaymentRun,
  listDrgPaymentRuns,
} from '../../store/drg-payment-runs';
import { drgSchemeData } from '../../store/drg-scheme-data';
import {
  getWeightTable,
  getWeightTableSummary,
  weightTableTitle,
} from '../../store/drg-weight-tables';
import type { Store } from '../../store/sql';
import { requireActor } from '../auth/session-plugin';
import type { JobRegistry } from '../jobs';
import { groupsQuery, idParams, paymentRunBody } from './drg-weight-schemas';
import { attachment, XLSX_TYPE } from '../attachment';

const tags = ['DRG 付费测算'];

export interface DrgPaymentRouteOptions {
  store: Store;
  jobs: JobRegistry;
  filesDir: string;
}

export const drgPaymentRoutes: FastifyPluginAsyncZod<DrgPaymentRouteOptions> = async (
  app,
  { store, jobs },
) => {
  app.post(
    '/api/drg/payment-runs',
    {
      config: access('run', 'write'),
      schema: {
        tags,
        summary: '在账单数据集上测算 DRG 付费（后台运行）：各医院 DRG 收入与按项目付费对比',
        body: paymentRunBody,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { datasetId, scheme: schemeCode, weightTableId, params } = request.body;
      const dataset = await getBillDataset(store, datasetId);
      if (dataset.status !== 'ready') {
        throw badInput(
          `账单数据集“${dataset.name}”尚未检查通过（状态：${dataset.status}），请等它就绪后再测算。`,
        );
      }
      const tableSummary = await getWeightTableSummary(store, weightTableId);
      const table = await getWeightTable(store, weightTableId);
      const scheme = drgSchemeData(schemeCode);
      // parameters that cannot be used are refused now, not after the grouping
      compilePaymentRule(paymentRuleOf(table, params));
      const run = await insertDrgPaymentRun(store, actor, {
        datasetId,
        datasetName: dataset.name,
        scheme: scheme.code,
        weightTableId,
        weightTableTitle: weightTableTitle(tableSummary),
        params,
      });
      const job = jobs.start(
        'drg.payment',
        `DRG 付费测算 #${run.id}`,
        actor.id,
        async (report) => {
          try {
            const result = await runDrgPayment({
              table,
              params,
              hospitals: dataset.description?.hospitals ?? [],
              drgNames: scheme.drgNames,
              cases: billCaseSource(dataset.path, scheme.code),
              onProgress: report,
            });
            await finishDrgPaymentRun(store, run.id, { status: 'done', result });
            return { runId: run.id };
          } catch (error) {
            const message = error instanceof UserError ? error.message : '测算失败，已记录日志。';
            await finishDrgPaymentRun(store, run.id, { status: 'failed', error: message });
            throw error;
          }
        },
        { row: { table: 'drg_payment_runs', id: run.id } },
      );
      return reply.status(202).send({ run, job });
    },
  );

  app.get(
    '/api/drg/payment-runs',
    { config: access('run', 'read'), schema: { tags, summary: 'DRG 付费测算列表' } },
    async (request) => {
      const runs = (await listDrgPaymentRuns(store)).filter(readableBy(request.actor, 'run'));
      // the list carries no per hospital detail
      return {
        runs: runs.map((run) => ({
          ...run,
          summary: run.summary === null ? null : { totals: run.summary.totals },
        })),
      };
    },
  );

  app.get(
    '/api/drg/payment-runs/:id',
    {
      config: access('run', 'read', 'payment-run'),
      schema: {
        tags,
        summary: 'DRG 付费测算：参数、合计、各医院对比、按项目付费原因',
        params: idParams,
      },
    },
    async (request) => {
      return getDrgPaymentRun(store, request.params.id);
    },
  );

  app.get(
    '/api/drg/payment-runs/:id/groups',
    {
      config: access('run', 'read', 'payment-run'),
      schema: {
        tags,
        summary: 'DRG 付费测算的病组盈亏（可按医院筛选、按编码或名称搜索，分页）',
        params: idParams,
        querystring: groupsQuery,
      },
    },
    async (request) => {
      const { hospital, q, sort, offset, limit } = request.query;
      const query = q.trim();
      const rows = (await getDrgPaymentGroups(store, request.params.id)).filter(
        (row) =>
          (hospital === '' || row.hospitalId === hospital) &&
          (query === '' || row.drg.includes(query.toUpperCase()) || row.drgName.includes(query)),
      );
      const order: Record<typeof sort, (a: GroupComparison, b: GroupComparison) => number> = {
        gain: (a, b) => b.gainFen - a.gainFen,
        loss: (a, b) => a.gainFen - b.gainFen,
        cases: (a, b) => b.cases - a.cases,
        drg: (a, b) => (a.drg < b.drg ? -1 : a.drg > b.drg ? 1 : 0),
      };
      rows.sort(order[sort]);
      return { total: rows.length, groups: rows.slice(offset, offset + limit) };
    },
  );

  app.get(
    '/api/drg/payment-runs/:id/export.xlsx',
    {
      config: access('run', 'read', 'payment-run'),
      schema: { tags, summary: '导出 DRG 付费测算结果为 Excel', params: idParams },
    },
    async (request, reply) => {
      const run = await getDrgPaymentRun(store, request.params.id);
      if (run.status !== 'done') throw badInput('测算尚未完成，完成后才能导出。');
      const buffer = await writeDrgPaymentXlsx(run, await getDrgPaymentGroups(store, run.id));
      const name = `DRG付费测算-${run.id}-${run.datasetName}.xlsx`;
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachment(`drg-payment.xlsx`, name))
        .send(buffer);
    },
  );
};
