// 操作记录 for the reform office: the whole audit trail, filtered by user, object, action and Beijing-time dates,
// paged as JSON or exported as .xlsx with the same filters.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badInput } from '../../core/shared/errors';
import { auditWorkbook } from '../../documents/audit-xlsx';
import { auditFacets, searchAudit, type AuditFilter } from '../../store/audit';
import type { Store } from '../../store/sql';
import { attachment, XLSX_TYPE } from '../attachment';
import { access } from './access';

const tags = ['操作记录'];
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD（北京时间的日历日）')
  .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)), '不是有效的日期');
const text = z.string().trim().max(200).optional();

const filterQuery = z.object({
  username: text,
  entity: text,
  entityId: text,
  action: text,
  from: date.optional(),
  to: date.optional(),
});

/** The most rows one export writes; beyond it the user narrows the filter. */
export const maxExportRows = 100_000;

function filterOf(query: z.infer<typeof filterQuery>): AuditFilter {
  if (query.from && query.to && query.from > query.to) {
    throw badInput(`起始日期 ${query.from} 晚于截止日期 ${query.to}，请调换或修改。`, {
      where: 'from',
    });
  }
  const filter: AuditFilter = {};
  if (query.username) filter.username = query.username;
  if (query.entity) filter.entity = query.entity;
  if (query.entityId) filter.entityId = query.entityId;
  if (query.action) filter.action = query.action;
  if (query.from) filter.fromDate = query.from;
  if (query.to) filter.toDate = query.to;
  return filter;
}

function describeFilter(filter: AuditFilter): string {
  const parts = [
    filter.username && `操作人 ${filter.username}`,
    filter.entity && `对象 ${filter.entity}`,
    filter.entityId && `对象编号 ${filter.entityId}`,
    filter.action && `操作 ${filter.action}`,
    (filter.fromDate || filter.toDate) &&
      `日期 ${filter.fromDate ?? '最早'} 至 ${filter.toDate ?? '今天'}（北京时间）`,
  ].filter(Boolean);
  return parts.length ? parts.join('；') : '全部';
}

export const auditRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/api/audit',
    {
      config: access('audit', 'read'),
      schema: {
        tags,
        summary: '操作记录（全部对象）',
        querystring: filterQuery.extend({
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200, '每页最多 200 条').default(50),
        }),
      },
    },
    async (request) => {
      const { page, pageSize, ...query } = request.query;
      const found = await searchAudit(store, filterOf(query), {
        offset: (page - 1) * pageSize,
        limit: pageSize,
      });
      return { ...found, page, pageSize };
    },
  );

  app.get(
    '/api/audit/facets',
    {
      config: access('audit', 'read'),
      schema: { tags, summary: '操作记录中出现过的操作人、操作和对象（供筛选）' },
    },
    async () => auditFacets(store),
  );

  app.get(
    '/api/audit.xlsx',
    {
      config: access('audit', 'read'),
      schema: { tags, summary: '导出操作记录（.xlsx）', querystring: filterQuery },
    },
    async (request, reply) => {
      const filter = filterOf(request.query);
      const found = await searchAudit(store, filter, { offset: 0, limit: maxExportRows + 1 });
      if (found.total > maxExportRows) {
        throw badInput(
          `符合条件的操作记录有 ${found.total} 条，一次最多导出 ${maxExportRows} 条。请缩小日期范围或加筛选条件后再导出。`,
        );
      }
      const workbook = await auditWorkbook(found.entries, describeFilter(filter));
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachment('audit.xlsx', '操作记录.xlsx'))
        .send(workbook);
    },
  );
};
