// The task ledger (台账) through the API: ledgers with their counts, items filtered and paged with their due
// flags, an item's page (history, reports, files), progress reports with evidence, closure requests, and the
// office's decisions (approve or return a closure, pause, resume, reopen). Today is the Asia/Shanghai date;
// reads may ask for another day (`on`) to see the ledger as it stood or will stand.
import { readFile } from 'node:fs/promises';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dueFlagNames } from '../../core/ledger/due-status';
import { itemStates } from '../../core/ledger/states';
import { shanghaiDate } from '../../core/shared/calendar-date';
import { badInput, notFound } from '../../core/shared/errors';
import { EVIDENCE_FILE_BYTES } from '../../core/shared/quotas';
import { addReport, moveItem } from '../../store/ledger-actions';
import { evidenceFile, saveEvidence } from '../../store/ledger-files';
import { issueNotice, itemNotices, lateNotices, replyNotice } from '../../store/ledger-notices';
import { remapLedgerUnits } from '../../store/ledger-sync';
import {
  getItem,
  getLedger,
  ledgerOfPlan,
  ledgerSheet,
  listItems,
  listLedgers,
  missingReports,
} from '../../store/ledgers';
import { writeLedgerXlsx } from '../../documents/ledger-xlsx';
import type { Store } from '../../store/sql';
import { attachment, XLSX_TYPE } from '../attachment';
import { requireActor } from '../auth/session-plugin';
import { baseVersion, withVersion } from '../if-match';
import { uploadBytes } from '../uploads/save-upload';
import { decodeUploadName } from '../upload-name';
import { access } from './access';

const tags = ['台账'];
const idParams = z.object({ id: z.coerce.number().int().positive() });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应写成 YYYY-MM-DD，例如 2017-10-09');
const onQuery = z.object({ on: isoDate.optional() });
const today = (on?: string) => on ?? shanghaiDate(new Date());

const flags = Object.keys(dueFlagNames) as [
  keyof typeof dueFlagNames,
  ...(keyof typeof dueFlagNames)[],
];

const itemQuery = onQuery.extend({
  unit: z.string().trim().min(1).max(40).optional(),
  state: z
    .enum(itemStates, {
      error: '状态应为 not-started、in-progress、closure-requested、closed 或 paused',
    })
    .optional(),
  flag: z.enum(flags).optional(),
  q: z.string().trim().max(100).optional(),
  section: z.string().max(200).optional(),
  dueBy: isoDate.optional(),
  needsReview: z.enum(['true', 'false']).optional(),
  includeRemoved: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

const reportBody = z.object({
  done: z.string().max(5000, '进展情况不超过 5000 字'),
  problems: z.string().max(5000, '存在问题不超过 5000 字').optional(),
  nextSteps: z.string().max(5000, '下步打算不超过 5000 字').optional(),
  percent: z
    .number()
    .int()
    .min(0, '完成进度应在 0 到 100 之间')
    .max(100, '完成进度应在 0 到 100 之间')
    .nullable()
    .optional(),
  fileIds: z.array(z.number().int().positive()).max(20).optional(),
  unit: z.string().trim().min(1).max(40).optional(),
});

const decisionBody = z.object({
  action: z.enum(['approve-closure', 'return-closure', 'pause', 'resume', 'reopen'], {
    error: '操作应为 approve-closure、return-closure、pause、resume 或 reopen',
  }),
  reason: z.string().max(2000).optional(),
  resumeOn: isoDate.optional(),
});

const noticeBody = z.object({
  kind: z.enum(['supervision', 'reminder'], {
    error: '类别应为 supervision（督办单）或 reminder（催办）',
  }),
  demand: z.string().max(2000, '督办要求不超过 2000 字'),
  replyBy: isoDate.nullable().optional(),
});

export const ledgerRoutes: FastifyPluginAsyncZod<{ store: Store; filesDir: string }> = async (
  app,
  { store, filesDir },
) => {
  app.get(
    '/api/ledgers',
    {
      config: access('ledger', 'read'),
      schema: { tags, summary: '台账列表（含各状态事项数）', querystring: onQuery },
    },
    async (request) => ({ ledgers: await listLedgers(store, today(request.query.on)) }),
  );

  app.get(
    '/api/ledgers/:id',
    {
      config: access('ledger', 'read'),
      schema: {
        tags,
        summary: '台账概况：事项数、逾期、临期、本期未报送单位',
        params: idParams,
        querystring: onQuery,
      },
    },
    async (request, reply) => {
      const day = today(request.query.on);
      const ledger = await getLedger(store, request.params.id, day);
      return withVersion(reply, {
        ...ledger,
        today: day,
        missing: await missingReports(store, ledger.id, day),
        lateNotices: await lateNotices(store, ledger.id, day),
      });
    },
  );

  app.get(
    '/api/ledgers/:id/items',
    {
      config: access('ledger', 'read'),
      schema: {
        tags,
        summary: '台账事项（可按单位、状态、时限、关键词筛选，分页）',
        params: idParams,
        querystring: itemQuery,
      },
    },
    async (request) => {
      const { on, needsReview, includeRemoved, ...filter } = request.query;
      return listItems(store, request.params.id, today(on), {
        ...filter,
        needsReview: needsReview === 'true',
        includeRemoved: includeRemoved === 'true',
      });
    },
  );

  app.get(
    '/api/ledgers/:id/export.xlsx',
    {
      config: access('ledger', 'read'),
      schema: {
        tags,
        summary: '导出台账（.xlsx，可打印；改后可导回）',
        params: idParams,
        querystring: onQuery,
      },
    },
    async (request, reply) => {
      const sheet = await ledgerSheet(store, request.params.id, today(request.query.on));
      const buffer = await writeLedgerXlsx(sheet);
      return reply
        .header('content-type', XLSX_TYPE)
        .header(
          'content-disposition',
          attachment(`ledger-${request.params.id}.xlsx`, `${sheet.title}台账-${sheet.asOf}.xlsx`),
        )
        .send(buffer);
    },
  );

  app.post(
    '/api/ledgers/:id/remap-units',
    {
      config: access('ledger', 'write'),
      schema: {
        tags,
        summary: '按单位名录重新对应各事项的牵头、配合单位（登记单位或添加别名之后）',
        params: idParams,
      },
    },
    async (request) => {
      await getLedger(store, request.params.id, today());
      return remapLedgerUnits(store, requireActor(request), request.params.id);
    },
  );

  app.get(
    '/api/plans/:id/ledger',
    {
      config: access('ledger', 'read'),
      schema: { tags, summary: '方案的台账编号', params: idParams },
    },
    async (request) => {
      const ledgerId = await ledgerOfPlan(store, request.params.id);
      if (ledgerId === null) throw notFound('该方案还没有台账：方案发布后自动生成。');
      return { ledgerId };
    },
  );

  app.get(
    '/api/ledger-items/:id',
    {
      config: access('ledger', 'read'),
      schema: {
        tags,
        summary: '台账事项：原文、进展报送、佐证材料、办理记录',
        params: idParams,
        querystring: onQuery,
      },
    },
    async (request, reply) => {
      const day = today(request.query.on);
      const detail = await getItem(store, request.params.id, day);
      void reply.header('etag', `"${detail.item.version}"`);
      return { ...detail, notices: await itemNotices(store, request.params.id, day) };
    },
  );

  app.post(
    '/api/ledger-items/:id/reports',
    {
      config: access('ledger-item', 'write', 'ledger-item'),
      schema: {
        tags,
        summary: '报送进展（牵头单位或配合单位）',
        params: idParams,
        body: reportBody,
      },
    },
    async (request, reply) => {
      const result = await addReport(
        store,
        requireActor(request),
        request.params.id,
        request.body,
        today(),
      );
      void reply.header('etag', `"${result.version}"`);
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/api/ledger-items/:id/files',
    {
      config: access('ledger-item', 'write', 'ledger-item'),
      schema: {
        tags,
        summary: '上传佐证材料（.pdf/.docx/.xlsx/图片，按内容识别类型）',
        params: idParams,
        consumes: ['multipart/form-data'],
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!request.isMultipart()) {
        throw badInput('请以表单文件上传（multipart/form-data），文件字段名为 file。');
      }
      const file = await request.file({ limits: { fileSize: EVIDENCE_FILE_BYTES } });
      if (!file) throw badInput('没有收到文件。请选择佐证材料（字段名 file）。');
      const fileName = decodeUploadName(file.filename);
      const bytes = await uploadBytes(file, EVIDENCE_FILE_BYTES, fileName);
      const saved = await saveEvidence(store, actor, request.params.id, {
        fileName,
        bytes,
        filesDir,
      });
      return reply.status(201).send(saved);
    },
  );

  app.post(
    '/api/ledger-items/:id/notices',
    {
      config: access('ledger', 'write'),
      schema: { tags, summary: '发出督办单或催办（医改办）', params: idParams, body: noticeBody },
    },
    async (request, reply) => {
      const notice = await issueNotice(
        store,
        requireActor(request),
        request.params.id,
        request.body,
        today(),
      );
      return reply.status(201).send(notice);
    },
  );

  app.post(
    '/api/ledger-notices/:id/reply',
    {
      config: access('ledger-item', 'write', 'ledger-notice'),
      schema: {
        tags,
        summary: '回复督办（牵头单位填写办理情况）',
        params: idParams,
        body: z.object({ reply: z.string().max(5000, '办理情况不超过 5000 字') }),
      },
    },
    async (request) =>
      replyNotice(store, requireActor(request), request.params.id, request.body, today()),
  );

  app.get(
    '/api/ledger-files/:id',
    {
      config: access('ledger', 'read'),
      schema: { tags, summary: '下载佐证材料', params: idParams },
    },
    async (request, reply) => {
      const file = await evidenceFile(store, request.params.id);
      const content = await readFile(file.path).catch(() => {
        throw notFound(`佐证材料“${file.name}”的文件已不在存储目录中，请联系管理员。`);
      });
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', attachment(`evidence-${request.params.id}`, file.name))
        .send(content);
    },
  );

  app.post(
    '/api/ledger-items/:id/closure-request',
    {
      config: access('ledger-item', 'write', 'ledger-item'),
      schema: {
        tags,
        summary: '申请销号（牵头单位；需已上传佐证材料；If-Match 带事项版本）',
        params: idParams,
        body: z.object({ note: z.string().max(2000).optional() }).optional(),
      },
    },
    async (request, reply) => {
      const result = await moveItem(
        store,
        requireActor(request),
        request.params.id,
        {
          action: 'request-closure',
          baseVersion: baseVersion(request),
          reason: request.body?.note ?? '',
        },
        today(),
      );
      return withVersion(reply, result);
    },
  );

  app.post(
    '/api/ledger-items/:id/decision',
    {
      config: access('ledger', 'write'),
      schema: {
        tags,
        summary: '医改办办理：同意或退回销号、暂缓、恢复、重新打开（If-Match 带事项版本）',
        params: idParams,
        body: decisionBody,
      },
    },
    async (request, reply) => {
      const result = await moveItem(
        store,
        requireActor(request),
        request.params.id,
        { ...request.body, baseVersion: baseVersion(request) },
        today(),
      );
      return withVersion(reply, result);
    },
  );
};
