// The plan area's API: upload a document, review and correct what was read, re-parse, publish, export.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badInput, forbidden } from '../../core/shared/errors';
import { can } from '../../core/shared/roles';
import type { Correction } from '../../core/plan/corrections';
import { writePlanLedgerXlsx } from '../../documents/plan-ledger-xlsx';
import { readPlanDocument } from '../../documents/read-document';
import { listAudit } from '../../store/audit';
import {
  addCorrection,
  deletePlan,
  getPlanDetail,
  importPlan,
  listPlans,
  publishPlan,
  removeCorrection,
  reparsePlan,
} from '../../store/plans';
import type { Store } from '../../store/sql';
import { requireActor, requirePermission } from '../auth/session-plugin';
import { decodeUploadName } from '../upload-name';
import { correctionSchema, planIdParams } from './plan-schemas';
import { attachment, XLSX_TYPE } from '../attachment';

const tags = ['方案'];

export const planRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  /** Loads a plan the caller may see: drafts only for those who may read drafts. */
  async function visiblePlan(actorRole: Parameters<typeof can>[0], id: number) {
    const detail = await getPlanDetail(store, id);
    if (detail.status === 'draft' && !can(actorRole, 'plan.read-draft')) {
      throw forbidden('该方案尚未发布，发布后才能查看。');
    }
    return detail;
  }

  app.get('/api/plans', { schema: { tags, summary: '方案列表' } }, async (request) => {
    const actor = requirePermission(request, 'plan.read-published');
    return { plans: await listPlans(store, { includeDrafts: can(actor, 'plan.read-draft') }) };
  });

  app.post(
    '/api/plans',
    {
      schema: {
        tags,
        summary: '上传方案文件（.txt UTF-8/GBK、.docx、带文字层的 .pdf），解析为待审核的方案',
        consumes: ['multipart/form-data'],
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'plan.write');
      const file = await request.file();
      if (!file) throw badInput('没有收到文件。请选择要上传的方案文件（字段名 file）。');
      const content = new Uint8Array(await file.toBuffer());
      const fileName = decodeUploadName(file.filename);
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
    { schema: { tags, summary: '方案详情：原文、解析结果与修订', params: planIdParams } },
    async (request) => {
      const actor = requirePermission(request, 'plan.read-published');
      return visiblePlan(actor, request.params.id);
    },
  );

  app.post(
    '/api/plans/:id/corrections',
    {
      schema: {
        tags,
        summary: '修订解析结果（任务、目标、单位、方案信息）',
        params: planIdParams,
        body: correctionSchema,
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'plan.write');
      return addCorrection(store, actor, request.params.id, request.body as Correction);
    },
  );

  app.delete(
    '/api/plans/:id/corrections/:correctionId',
    {
      schema: {
        tags,
        summary: '撤销一项修订',
        params: planIdParams.extend({ correctionId: z.coerce.number().int().positive() }),
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'plan.write');
      return removeCorrection(store, actor, request.params.id, request.params.correctionId);
    },
  );

  app.post(
    '/api/plans/:id/reparse',
    { schema: { tags, summary: '重新解析原文，保留已有修订', params: planIdParams } },
    async (request) => {
      const actor = requirePermission(request, 'plan.write');
      return reparsePlan(store, actor, request.params.id);
    },
  );

  app.post(
    '/api/plans/:id/publish',
    { schema: { tags, summary: '发布方案', params: planIdParams } },
    async (request) => {
      const actor = requirePermission(request, 'plan.publish');
      return publishPlan(store, actor, request.params.id);
    },
  );

  app.delete(
    '/api/plans/:id',
    { schema: { tags, summary: '删除草稿方案', params: planIdParams } },
    async (request, reply) => {
      const actor = requirePermission(request, 'plan.write');
      await deletePlan(store, actor, request.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/plans/:id/ledger.xlsx',
    { schema: { tags, summary: '导出任务分工台账（Excel）', params: planIdParams } },
    async (request, reply) => {
      const actor = requirePermission(request, 'plan.read-published');
      const detail = await visiblePlan(actor, request.params.id);
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
    { schema: { tags, summary: '方案的操作记录', params: planIdParams } },
    async (request) => {
      requireActor(request);
      requirePermission(request, 'audit.read');
      const entries = await listAudit(store, 'plan', String(request.params.id));
      return {
        entries: entries.map((entry) => ({
          id: entry.id,
          at: entry.at,
          username: entry.username,
          action: entry.action,
          detail: entry.after ?? entry.before,
        })),
      };
    },
  );
};
