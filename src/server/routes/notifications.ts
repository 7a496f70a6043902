// The notification centre of the logged-in account: its notices (the day's due-soon, overdue and late-reply
// notices added on the first look of the day) with the unread count, and marking them read.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { shanghaiDate } from '../../core/shared/calendar-date';
import { listNotifications, markRead } from '../../store/notifications';
import type { Store } from '../../store/sql';
import { requireActor } from '../auth/session-plugin';
import { loginOnly } from './access';

const tags = ['通知'];

export const notificationRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (
  app,
  { store },
) => {
  app.get(
    '/api/notifications',
    { config: loginOnly, schema: { tags, summary: '我的通知（含未读数）' } },
    async (request) => listNotifications(store, requireActor(request), shanghaiDate(new Date())),
  );

  app.post(
    '/api/notifications/read',
    {
      config: loginOnly,
      schema: {
        tags,
        summary: '标为已读：指定的通知，或不指定时全部',
        body: z.object({ ids: z.array(z.number().int().positive()).max(500).optional() }),
      },
    },
    async (request) => ({
      marked: await markRead(store, requireActor(request), request.body.ids ?? 'all'),
    }),
  );
};
