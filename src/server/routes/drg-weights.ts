// DRG weight tables: list, view (rows paged and searchable, the method of a derived table), import a file or the
// shipped Yancheng table, derive one from a bill dataset in the background, delete, export .xlsx.
import { access, readableBy } from './access';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { billCaseSource } from '../../analytics/drg-bill-cases';
import { runWeightDerivation } from '../../analytics/drg-derive-run';
import { checkWeightTable } from '../../core/drg/weights';
import { formatRowError } from '../../core/drg/weight-rows';
import { badInput } from '../../core/shared/errors';
import { readWeightTableFile } from '../../documents/read-weight-table';
import { writeWeightTableXlsx } from '../../documents/weight-table-xlsx';
import { getBillDataset } from '../../store/bill-datasets';
import { drgSchemeData } from '../../store/drg-scheme-data';
import { BUILTIN_WEIGHT_TABLES, loadBuiltinWeightTable } from '../../store/drg-weight-builtin';
import {
  deleteWeightTable,
  getWeightMethod,
  getWeightTable,
  getWeightTableSummary,
  insertWeightTable,
  listWeightTables,
  weightTableTitle,
} from '../../store/drg-weight-tables';
import type { Store } from '../../store/sql';
import { requireActor } from '../auth/session-plugin';
import type { JobRegistry } from '../jobs';
import { builtinBody, deriveBody, idParams, pageQuery } from './drg-weight-schemas';
import { readWeightUpload } from './drg-weight-upload';
import { attachment, XLSX_TYPE } from '../attachment';

const tags = ['DRG 权重表'];

export interface DrgWeightRouteOptions {
  store: Store;
  jobs: JobRegistry;
  filesDir: string;
}

export const drgWeightRoutes: FastifyPluginAsyncZod<DrgWeightRouteOptions> = async (
  app,
  { store, jobs },
) => {
  app.get(
    '/api/drg/weight-tables',
    {
      config: access('weight-table', 'read'),
      schema: { tags, summary: '权重表列表与可导入的内置权重表' },
    },
    async (request) => {
      return {
        tables: (await listWeightTables(store)).filter(readableBy(request.actor, 'weight-table')),
        builtin: Object.entries(BUILTIN_WEIGHT_TABLES).map(([code, item]) => ({ code, ...item })),
      };
    },
  );

  app.get(
    '/api/drg/weight-tables/:id',
    {
      config: access('weight-table', 'read', 'weight-table'),
      schema: {
        tags,
        summary: '权重表：设置与病组（分页，可按编码或名称搜索）',
        params: idParams,
        querystring: pageQuery,
      },
    },
    async (request) => {
      const summary = await getWeightTableSummary(store, request.params.id);
      const table = await getWeightTable(store, request.params.id);
      const { offset, limit, q } = request.query;
      const query = q.trim().toUpperCase();
      const matching =
        query === ''
          ? table.groups
          : table.groups.filter(
              (group) => group.drg.includes(query) || (group.name ?? '').includes(q.trim()),
            );
      return {
        ...summary,
        title: weightTableTitle(summary),
        total: matching.length,
        groups: matching.slice(offset, offset + limit),
      };
    },
  );

  app.get(
    '/api/drg/weight-tables/:id/method',
    {
      config: access('weight-table', 'read', 'weight-table'),
      schema: {
        tags,
        summary: '由账单测算的权重表的方法：步骤、各年度与各病组的剔除情况',
        params: idParams,
      },
    },
    async (request) => {
      return { method: await getWeightMethod(store, request.params.id) };
    },
  );

  app.post(
    '/api/drg/weight-tables',
    {
      config: access('weight-table', 'write'),
      schema: {
        tags,
        summary: '导入权重表文件（.xlsx、CSV 或 JSON）；任何一行有误则整表不导入，并列出每行错误',
        consumes: ['multipart/form-data'],
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const upload = await readWeightUpload(request);
      const result = await readWeightTableFile(upload.content, upload.fileName, upload.settings);
      if (result.table === null) {
        const first = result.errors[0];
        return reply.status(400).send({
          error: {
            message:
              `${upload.fileName} 有 ${result.errors.length} 处错误，整表未导入。` +
              (first ? `第一处：${formatRowError(upload.fileName, first)}` : ''),
            where: upload.fileName,
            ...(first ? { line: first.line } : {}),
          },
          unit: result.unit,
          rows: result.errors.slice(0, 1000),
        });
      }
      const summary = await insertWeightTable(store, actor, result.table, {
        kind: 'file',
        label: upload.fileName,
      });
      return reply.status(201).send({ table: summary, title: weightTableTitle(summary) });
    },
  );

  app.post(
    '/api/drg/weight-tables/builtin',
    {
      config: access('weight-table', 'write'),
      schema: {
        tags,
        summary: '导入内置权重表（盐城市 2023，CHS-DRG 1.1）为新的一版',
        body: builtinBody,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { code, pool, year, baseRateFen, levelCoefficients } = request.body;
      const table = loadBuiltinWeightTable(code, {
        ...(pool === undefined ? {} : { pool }),
        ...(year === undefined ? {} : { year }),
        ...(baseRateFen === undefined ? {} : { baseRateFen }),
        levelCoefficients,
      });
      const problems = checkWeightTable(table);
      if (problems.length > 0) throw badInput(problems.map((p) => p.message).join('；'));
      const summary = await insertWeightTable(store, actor, table, {
        kind: 'builtin',
        label: BUILTIN_WEIGHT_TABLES[code].label,
      });
      return reply.status(201).send({ table: summary, title: weightTableTitle(summary) });
    },
  );

  app.post(
    '/api/drg/weight-tables/derive',
    {
      config: access('weight-table', 'write'),
      schema: {
        tags,
        summary: '由账单数据集测算权重（多年加权、剔除异常值），后台运行，完成后保存为新的一版',
        body: deriveBody,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const body = request.body;
      const dataset = await getBillDataset(store, body.datasetId);
      if (dataset.status !== 'ready') {
        throw badInput(
          `账单数据集“${dataset.name}”尚未检查通过（状态：${dataset.status}），请等它就绪后再测算。`,
        );
      }
      const scheme = drgSchemeData(body.scheme);
      const job = jobs.start(
        'drg.derive',
        `由“${dataset.name}”测算权重`,
        actor.id,
        async (report) => {
          const { table, method } = await runWeightDerivation({
            params: body,
            dataset: { id: dataset.id, name: dataset.name },
            scheme: scheme.code,
            drgNames: scheme.drgNames,
            cases: billCaseSource(dataset.path, scheme.code),
            onProgress: report,
          });
          const summary = await insertWeightTable(store, actor, table, {
            kind: 'derived',
            label: dataset.name,
            datasetId: dataset.id,
            method,
          });
          return { table: summary, title: weightTableTitle(summary) };
        },
      );
      return reply.status(202).send({ job });
    },
  );

  app.delete(
    '/api/drg/weight-tables/:id',
    {
      config: access('weight-table', 'delete', 'weight-table'),
      schema: { tags, summary: '删除权重表（已有的付费测算保留其结果）', params: idParams },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await deleteWeightTable(store, actor, request.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/drg/weight-tables/:id/export.xlsx',
    {
      config: access('weight-table', 'read', 'weight-table'),
      schema: { tags, summary: '导出权重表为 Excel（可再次导入）', params: idParams },
    },
    async (request, reply) => {
      const summary = await getWeightTableSummary(store, request.params.id);
      const table = await getWeightTable(store, request.params.id);
      const method = await getWeightMethod(store, request.params.id);
      const title = weightTableTitle(summary);
      const buffer = await writeWeightTableXlsx(table, title, method);
      const name = `DRG权重表-${summary.pool}-${summary.year}-第${summary.version}版.xlsx`;
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachment(`drg-weights.xlsx`, name))
        .send(buffer);
    },
  );
};
