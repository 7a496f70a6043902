// Progress of background work, polled by the page that started it; its owner or the office may cancel it.
import { loginOnly } from './access';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden, notFound } from '../../core/shared/errors';
import { requireActor } from '../auth/session-plugin';
import type { Actor } from '../../core/shared/roles';
import type { JobRegistry } from '../jobs';

const gone = '找不到这个后台任务（服务重启后进度会清空）。请重新发起。';

export const jobRoutes: FastifyPluginAsyncZod<{ jobs: JobRegistry }> = async (app, { jobs }) => {
  /** The job, when the actor started it or is the office. */
  const visibleJob = (actor: Actor, id: string) => {
    const job = jobs.get(id);
    if (!job) throw notFound(gone);
    if (job.ownerId !== actor.id && actor.role !== 'office')
      throw forbidden('这是别人发起的任务。');
    return job;
  };

  app.get(
    '/api/jobs/:id',
    {
      config: loginOnly,
      schema: {
        tags: ['后台任务'],
        summary: '后台任务的进度与结果',
        params: z.object({ id: z.string() }),
      },
    },
    async (request) => visibleJob(requireActor(request), request.params.id),
  );

  app.post(
    '/api/jobs/:id/cancel',
    {
      // Any account may ask; only the job's owner or the office gets it (jobs live in memory, not in a table).
      config: loginOnly,
      schema: {
        tags: ['后台任务'],
        summary: '取消排队中或进行中的后台任务（发起人或医改办）',
        params: z.object({ id: z.string() }),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      visibleJob(actor, request.params.id);
      const cancelled = await jobs.cancel(request.params.id, actor);
      if (!cancelled) throw notFound(gone);
      return cancelled;
    },
  );

  app.get(
    '/api/jobs',
    { config: loginOnly, schema: { tags: ['后台任务'], summary: '我发起的后台任务' } },
    async (request) => ({
      jobs: jobs.list(requireActor(request).id),
    }),
  );
};
