// Progress of background work, polled by the page that started it.
import { loginOnly } from './access';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden, notFound } from '../../core/shared/errors';
import { requireActor } from '../auth/session-plugin';
import type { JobRegistry } from '../jobs';

export const jobRoutes: FastifyPluginAsyncZod<{ jobs: JobRegistry }> = async (app, { jobs }) => {
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
    async (request) => {
      const actor = requireActor(request);
      const job = jobs.get(request.params.id);
      if (!job) throw notFound('找不到这个后台任务（服务重启后进度会清空）。请重新发起。');
      if (job.ownerId !== actor.id && actor.role !== 'office')
        throw forbidden('这是别人发起的任务。');
      return job;
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
