// Bill files for simulation and case-mix monitoring: upload (streamed to disk), generate demo bills, list, delete.
import { access, readableBy } from './access';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sniffBillFile, type BillFileKind } from '../../analytics/bills/intake';
import { badInput, tooLarge } from '../../core/shared/errors';
import {
  BILL_UPLOAD_BYTES,
  DEMO_BYTES_PER_LINE,
  DEMO_LINES_MAX,
  DEMO_LINES_MIN,
  sizeText,
} from '../../core/shared/quotas';
import {
  deleteBillDataset,
  getBillDataset,
  insertBillDataset,
  listBillDatasets,
} from '../../store/bill-datasets';
import type { Store } from '../../store/sql';
import { requireActor } from '../auth/session-plugin';
import type { JobRegistry } from '../jobs';
import {
  billsFolder,
  prepareUploadedDataset,
  registerDemoDataset,
  UPLOAD_SUFFIX,
} from '../bills/prepare-dataset';
import { decodeUploadName } from '../upload-name';
import { checkFreeDisk } from '../uploads/free-disk';
import { saveUpload } from '../uploads/save-upload';
import { sweepPartials } from '../uploads/sweep-partials';

const tags = ['账单数据'];
const idParams = z.object({ id: z.coerce.number().int().positive() });

export interface BillDatasetRouteOptions {
  store: Store;
  jobs: JobRegistry;
  /** Folder where uploaded and generated bill files are kept. */
  filesDir: string;
}

export const billDatasetRoutes: FastifyPluginAsyncZod<BillDatasetRouteOptions> = async (
  app,
  { store, jobs, filesDir },
) => {
  const billsDir = billsFolder(filesDir);
  const swept = await sweepPartials(billsDir, Date.now());
  if (swept.length > 0) app.log.warn({ swept }, `清理了 ${swept.length} 个中断上传留下的部分文件`);

  app.get(
    '/api/bill-datasets',
    { config: access('dataset', 'read'), schema: { tags, summary: '账单数据集列表' } },
    async (request) => {
      const readable = readableBy(request.actor, 'dataset');
      return { datasets: (await listBillDatasets(store)).filter(readable) };
    },
  );

  app.get(
    '/api/bill-datasets/:id',
    {
      config: access('dataset', 'read', 'dataset'),
      schema: { tags, summary: '账单数据集', params: idParams },
    },
    async (request) => {
      return getBillDataset(store, request.params.id);
    },
  );

  app.post(
    '/api/bill-datasets',
    {
      config: access('dataset', 'write'),
      schema: {
        tags,
        summary:
          '上传账单明细文件（CSV（UTF-8 或 GBK）、.xlsx、Parquet 或 .csv.gz，列见 docs/bills.md），后台检查后可用于测算',
        consumes: ['multipart/form-data'],
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const limit = BILL_UPLOAD_BYTES[actor.role];
      const announced = Number(request.headers['content-length'] ?? 0);
      if (announced > limit + 64 * 1024)
        throw tooLarge(`文件超过 ${sizeText(limit)}（您的账号可上传的上限），请拆分后分别上传`);
      await checkFreeDisk(billsDir, announced, '这次上传');
      const file = await request.file({ limits: { fileSize: limit } });
      if (!file) throw badInput('没有收到文件。请选择账单明细文件（字段名 file）。');
      const fileName = decodeUploadName(file.filename);
      await mkdir(billsDir, { recursive: true });
      // Kept as received; the scan job tells its format by content and prepares it for the reader.
      const target = path.join(billsDir, `${randomUUID()}${UPLOAD_SUFFIX}`);
      const size = await saveUpload(file, target, limit, fileName);
      let kind: BillFileKind;
      try {
        kind = await sniffBillFile(target, fileName);
      } catch (error) {
        await rm(target, { force: true });
        throw error;
      }
      const format = kind === 'parquet' ? 'parquet' : 'csv';
      const dataset = await insertBillDataset(store, actor, {
        name: fileName.replace(/\.(csv|txt|tsv|parquet|pq|xlsx)(\.gz)?$/i, ''),
        fileName,
        path: target,
        format,
        source: 'upload',
        sizeBytes: size,
        status: 'pending',
      });
      const job = jobs.start(
        'bills.scan',
        `检查账单文件 ${fileName}`,
        actor.id,
        (report) => prepareUploadedDataset(store, dataset.id, target, fileName, report),
        { row: { table: 'bill_datasets', id: dataset.id } },
      );
      return reply.status(202).send({ dataset, job });
    },
  );

  app.post(
    '/api/bill-datasets/demo',
    {
      config: access('dataset', 'write'),
      schema: {
        tags,
        summary: '生成演示账单（巴南区十家公立医院 2016–2018 年，按公开统计校准）',
        body: z.object({
          lines: z
            .number()
            .int()
            .min(DEMO_LINES_MIN, `至少 ${DEMO_LINES_MIN} 行`)
            .max(DEMO_LINES_MAX.office, `至多 ${DEMO_LINES_MAX.office.toLocaleString('zh-CN')} 行`),
          seed: z.number().int().positive().default(2017),
        }),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { lines, seed } = request.body;
      const most = DEMO_LINES_MAX[actor.role];
      if (lines > most)
        throw tooLarge(
          `演示账单至多 ${most.toLocaleString('zh-CN')} 行（您的账号的上限），请减少行数后再生成`,
          { where: 'lines' },
        );
      await checkFreeDisk(billsDir, lines * DEMO_BYTES_PER_LINE, '生成这些演示账单');
      const { dataset, generate } = await registerDemoDataset(store, actor, filesDir, lines, seed);
      const job = jobs.start('bills.demo', `生成演示账单 ${lines} 行`, actor.id, generate, {
        row: { table: 'bill_datasets', id: dataset.id },
      });
      return reply.status(202).send({ dataset, job });
    },
  );

  app.delete(
    '/api/bill-datasets/:id',
    {
      config: access('dataset', 'delete', 'dataset'),
      schema: { tags, summary: '删除账单数据集及其文件', params: idParams },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const dataset = await deleteBillDataset(store, actor, request.params.id);
      // Only files this server stored are removed; a path elsewhere is the owner's.
      if (path.resolve(dataset.path).startsWith(path.resolve(billsDir) + path.sep)) {
        await rm(dataset.path, { force: true });
      }
      return reply.status(204).send();
    },
  );
};
