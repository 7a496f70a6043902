// Published plans as public documents, readable without logging in: the list, and one plan's title, issuer,
// date, tasks and targets. Drafts are not found here, whoever asks.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound, UserError } from '../../core/shared/errors';
import { getPlanDetail, listPlans } from '../../store/plans';
import type { Store } from '../../store/sql';
import { access } from './access';
import { planIdParams } from './plan-schemas';

const tags = ['公开'];

export const publicPlanRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/api/public/plans',
    {
      config: access('plan', 'read', undefined, { anonymous: true }),
      schema: { tags, summary: '已发布的方案（无需登录）' },
    },
    async () => ({
      plans: (await listPlans(store, { includeDrafts: false })).map((plan) => ({
        id: plan.id,
        title: plan.title,
        issuer: plan.issuer,
        docNumber: plan.docNumber,
        issuedOn: plan.issuedOn,
        publishedAt: plan.publishedAt,
        taskCount: plan.taskCount,
        targetCount: plan.targetCount,
      })),
    }),
  );

  app.get(
    '/api/public/plans/:id',
    {
      config: access('plan', 'read', 'plan', { anonymous: true }),
      schema: {
        tags,
        summary: '一份已发布的方案：标题、发文单位、日期、任务与目标（无需登录）',
        params: planIdParams,
      },
    },
    async (request) => {
      // A plan never published is not public: it answers as absent here, whoever asks.
      const detail = await getPlanDetail(store, request.params.id, { includeDrafts: false }).catch(
        (error: unknown) => {
          if (error instanceof UserError && error.status === 403) return null;
          throw error;
        },
      );
      if (detail === null || detail.status !== 'published') {
        throw notFound(`方案 #${request.params.id} 没有公开发布。请回到公开方案列表。`);
      }
      const { plan } = detail;
      return {
        id: detail.id,
        title: plan.title,
        issuer: plan.issuer,
        docNumber: plan.docNumber,
        issuedOn: plan.issuedOn,
        publishedAt: detail.publishedAt,
        tasks: plan.tasks.map((task) => ({
          key: task.key,
          ref: task.ref,
          title: task.title,
          text: task.text,
          lead: task.lead,
          co: task.co,
          dueText: task.dueText,
          due: task.due,
        })),
        targets: plan.targets.map((target) => ({
          key: target.key,
          text: target.text,
          subject: target.subject,
          op: target.op,
          value: target.value,
          unit: target.unit,
          due: target.due,
          scope: target.scope,
        })),
      };
    },
  );
};
