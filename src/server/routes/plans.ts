// The plan area's API: upload a document, review and correct what was read, re-parse, publish, export.
import { access } from './access';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badInput } from '../../core/shared/errors';
import { decide } from '../../core/shared/policy';
import { can } from '../../core/shared/roles';
import type { Correction } from '../../core/plan/corrections';
import { writePlanLedgerXlsx } from '../../documents/plan-ledger-xlsx';
import { readPlanDocument } from '../../documents/read-document';
import { listAudit } from '../../store/audit';
import { addCorrection, removeCorrection, reparsePlan } from '../../store/plan-edits';
import {
  newRevision,
  planRevisionDiff,
  publishPlan,
  reopenRevision,
  submitForReview,
  withdrawPlan,
} from '../../store/plan-revisions';
import {
  findPlanLines,
  getPlanLines,
  MAX_LINES_PER_PAGE,
  MAX_MATCHES,
} from '../../store/plan-lines';
import { deletePlan, getPlanDetail, importPlan, listPlans } from '../../store/plans';
import type { Store } from '../../store/sql';
import { requireActor } from '../auth/session-plugin';
import { baseVersion, withVersion } from '../if-match';
import { decodeUploadName } from '../upload-name';
import {
  correctionSchema,
  diffQuery,
  findLinesQuery,
  linesQuery,
  planIdParams,
  publishBody,
  revisionQuery,
  withdrawBody,
} from './plan-schemas';
import { uploadBytes } from '../uploads/save-upload';
import { DOCUMENT_UPLOAD_BYTES } from '../../core/shared/quotas';
import { attachment, XLSX_TYPE } from '../attachment';

const tags = ['方案'];

export const planRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  /** Loads a plan the caller may see: revisions in work only for those who may read drafts. */
  const visiblePlan = (actorRole: Parameters<typeof can>[0], id: number, revision?: number) =>
    getPlanDetail(store, id, { includeDrafts: can(actorRole, 'plan.read-draft'), revision });

  const ifMatch = '（请求头 If-Match 带上打开时的 version，过期则 409 并说明他人的修改）';

  app.get(
    '/api/plans',
    { config: access('plan', 'read'), schema: { tags, summary: '方案列表' } },
    async (request) => {
      const actor = requireActor(request);
      return {
        plans: await listPlans(store, {
          includeDrafts: decide(actor, 'read', { kind: 'plan-draft' }),
        }),
      };
    },
  );

  app.post(
    '/api/plans',
    {
      config: access('plan-draft', 'write'),
      schema: {
        tags,
        summary: '上传方案文件（.txt UTF-8/GBK、.docx、带文字层的 .pdf），解析为待审核的方案',
        consumes: ['multipart/form-data'],
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const limit = DOCUMENT_UPLOAD_BYTES[actor.role];
      const file = await request.file({ limits: { fileSize: limit } });
      if (!file) throw badInput('没有收到文件。请选择要上传的方案文件（字段名 file）。');
      const fileName = decodeUploadName(file.filename);
      const content = await uploadBytes(file, limit, fileName);
      const read = await readPlanDocument(content, fileName);
      const detail = await importPlan(store, actor, {
        fileName,
        format: read.format,
        encoding: read.encoding,
        content,
        text: read.text,
        warnings: read.warnings,
        ...(read.decoding ? { decoding: read.decoding } : {}),
      });
      return reply.status(201).send(detail);
    },
  );

  app.get(
    '/api/plans/:id',
    {
      config: access('plan', 'read', 'plan'),
      schema: {
        tags,
        summary:
          '方案详情：某一修订（默认为当前或在改的修订）的解析结果与修订记录；原文按页从 GET /api/plans/:id/lines 读取',
        params: planIdParams,
        querystring: revisionQuery,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return withVersion(
        reply,
        await visiblePlan(actor, request.params.id, request.query.revision),
      );
    },
  );

  app.get(
    '/api/plans/:id/lines',
    {
      config: access('plan', 'read', 'plan'),
      schema: {
        tags,
        summary: `方案原文的一页：从第 from 行起的 count 行（最多 ${MAX_LINES_PER_PAGE} 行）及总行数；可选修订号 revision、读法 reading`,
        params: planIdParams,
        querystring: linesQuery,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { revision, ...page } = request.query;
      return getPlanLines(store, request.params.id, {
        includeDrafts: can(actor, 'plan.read-draft'),
        revision,
        ...page,
      });
    },
  );

  app.get(
    '/api/plans/:id/lines/search',
    {
      config: access('plan', 'read', 'plan'),
      schema: {
        tags,
        summary: `在方案原文中查找文字 text：含有它的行号（最多 ${MAX_MATCHES} 个）及总数；可选修订号 revision、读法 reading`,
        params: planIdParams,
        querystring: findLinesQuery,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { revision, ...search } = request.query;
      return findPlanLines(store, request.params.id, {
        includeDrafts: can(actor, 'plan.read-draft'),
        revision,
        ...search,
      });
    },
  );

  app.post(
    '/api/plans/:id/corrections',
    {
      config: access('plan-draft', 'write', 'plan'),
      schema: {
        tags,
        summary: `修订解析结果（任务、目标、单位、方案信息），只用于草稿修订${ifMatch}`,
        params: planIdParams,
        body: correctionSchema,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const version = baseVersion(request);
      return addCorrection(store, actor, request.params.id, version, request.body as Correction);
    },
  );

  app.delete(
    '/api/plans/:id/corrections/:correctionId',
    {
      config: access('plan-draft', 'write', 'plan'),
      schema: {
        tags,
        summary: `撤销一项修订${ifMatch}`,
        params: planIdParams.extend({ correctionId: z.coerce.number().int().positive() }),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id, correctionId } = request.params;
      return removeCorrection(store, actor, id, baseVersion(request), correctionId);
    },
  );

  app.post(
    '/api/plans/:id/reparse',
    {
      config: access('plan-draft', 'write', 'plan'),
      schema: {
        tags,
        summary: `重新解析草稿修订的原文，保留已有修订${ifMatch}`,
        params: planIdParams,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return reparsePlan(store, actor, request.params.id, baseVersion(request));
    },
  );

  app.post(
    '/api/plans/:id/publish',
    {
      config: access('plan-draft', 'publish', 'plan'),
      schema: {
        tags,
        summary: `发布在改的修订，成为当前修订；无标题、无提取内容或解码存疑时须 confirm.reason${ifMatch}`,
        params: planIdParams,
        body: publishBody,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return publishPlan(store, actor, request.params.id, {
        baseVersion: baseVersion(request),
        confirm: request.body?.confirm,
      });
    },
  );

  app.post(
    '/api/plans/:id/revisions',
    {
      config: access('plan-draft', 'write', 'plan'),
      schema: {
        tags,
        summary: `新建修订：复制当前发布的修订为草稿${ifMatch}`,
        params: planIdParams,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return reply
        .status(201)
        .send(await newRevision(store, actor, request.params.id, baseVersion(request)));
    },
  );

  app.post(
    '/api/plans/:id/submit',
    {
      config: access('plan-draft', 'write', 'plan'),
      schema: { tags, summary: `草稿修订送审${ifMatch}`, params: planIdParams },
    },
    async (request) => {
      const actor = requireActor(request);
      return submitForReview(store, actor, request.params.id, baseVersion(request));
    },
  );

  app.post(
    '/api/plans/:id/reopen',
    {
      config: access('plan-draft', 'write', 'plan'),
      schema: { tags, summary: `送审中的修订退回修改${ifMatch}`, params: planIdParams },
    },
    async (request) => {
      const actor = requireActor(request);
      return reopenRevision(store, actor, request.params.id, baseVersion(request));
    },
  );

  app.post(
    '/api/plans/:id/withdraw',
    {
      config: access('plan-draft', 'publish', 'plan'),
      schema: {
        tags,
        summary: `撤回已发布的方案（写明理由；不删除，仍可查看）${ifMatch}`,
        params: planIdParams,
        body: withdrawBody,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return withdrawPlan(store, actor, request.params.id, {
        baseVersion: baseVersion(request),
        reason: request.body.reason,
      });
    },
  );

  app.get(
    '/api/plans/:id/diff',
    {
      config: access('plan', 'read', 'plan'),
      schema: {
        tags,
        summary: '两个修订之间的变化：任务、目标、工作组、时序安排与方案信息的新增、删除、修改',
        params: planIdParams,
        querystring: diffQuery,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { from, to } = request.query;
      return planRevisionDiff(store, request.params.id, from, to, {
        includeDrafts: can(actor, 'plan.read-draft'),
      });
    },
  );

  app.delete(
    '/api/plans/:id',
    {
      config: access('plan-draft', 'delete', 'plan'),
      schema: { tags, summary: `删除从未发布的草稿方案${ifMatch}`, params: planIdParams },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await deletePlan(store, actor, request.params.id, baseVersion(request));
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/plans/:id/ledger.xlsx',
    {
      config: access('plan', 'read', 'plan'),
      schema: {
        tags,
        summary: '导出任务分工台账（Excel）',
        params: planIdParams,
        querystring: revisionQuery,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const detail = await visiblePlan(actor, request.params.id, request.query.revision);
      const buffer = await writePlanLedgerXlsx(detail.plan);
      const name = `${detail.plan.title ?? `方案${detail.id}`}-任务分工台账.xlsx`;
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachment(`plan-${detail.id}.xlsx`, name))
        .send(buffer);
    },
  );

  app.get(
    '/api/plans/:id/audit',
    {
      config: access('audit', 'read'),
      schema: { tags, summary: '方案的操作记录', params: planIdParams },
    },
    async (request) => {
      const entries = await listAudit(store, 'plan', String(request.params.id));
      return {
        entries: entries.map((entry) => ({
          id: entry.id,
          at: entry.at,
          username: entry.username,
          displayName: entry.displayName,
          action: entry.action,
          detail: entry.after ?? entry.before,
        })),
      };
    },
  );
};
