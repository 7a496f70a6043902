// Log in, log out, who am I and what I may do.
import { loginOnly, open } from './access';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { rightsOf } from '../../core/shared/policy';
import type { Store } from '../../store/sql';
import { logIn, logOut, sessionDays } from '../auth/accounts';
import { requireActor, sessionCookie } from '../auth/session-plugin';

export const authRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.post(
    '/api/auth/login',
    {
      config: open,
      schema: {
        tags: ['账号'],
        summary: '登录',
        body: z.object({
          username: z.string().min(1, '请输入用户名'),
          password: z.string().min(1, '请输入密码'),
        }),
      },
    },
    async (request, reply) => {
      const { actor, token } = await logIn(
        store,
        request.body.username,
        request.body.password,
        new Date(),
      );
      reply.setCookie(sessionCookie, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        maxAge: sessionDays * 86_400,
      });
      return { user: actor, rights: rightsOf(actor.role) };
    },
  );

  app.post(
    '/api/auth/logout',
    { config: open, schema: { tags: ['账号'], summary: '退出登录' } },
    async (request, reply) => {
      const token = request.cookies[sessionCookie];
      if (token) await logOut(store, token);
      reply.clearCookie(sessionCookie, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/auth/me',
    { config: loginOnly, schema: { tags: ['账号'], summary: '当前登录的账号' } },
    async (request) => {
      const user = requireActor(request);
      // What the account may do, from the same policy the server checks: the web shows only these.
      return { user, rights: rightsOf(user.role) };
    },
  );
};
