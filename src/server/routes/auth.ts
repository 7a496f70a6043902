// Log in (throttled), log out, who am I and what I may do, change my own password.
import { loginOnly, open } from './access';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { rightsOf } from '../../core/shared/policy';
import type { Store } from '../../store/sql';
import { changeOwnPassword, hashToken, logIn, logOut } from '../auth/accounts';
import { requireActor, sessionCookie, setSessionCookie } from '../auth/session-plugin';
import { loginThrottle } from '../hardening/login-throttle';
import type { Security } from '../hardening/options';

export const authRoutes: FastifyPluginAsyncZod<{ store: Store; security: Security }> = async (
  app,
  { store, security },
) => {
  const throttle = await loginThrottle(app, security.loginThrottle);

  app.post(
    '/api/auth/login',
    {
      preHandler: throttle,
      config: open,
      schema: {
        tags: ['账号'],
        summary: '登录',
        description:
          '每个地址对同一用户名 15 分钟内最多尝试 10 次，每个地址总计 100 次；超过时回答 429，并说明何时可以再试。',
        body: z.object({
          username: z.string().min(1, '请输入用户名'),
          password: z.string().min(1, '请输入密码'),
        }),
      },
    },
    async (request, reply) => {
      const { actor, token, mustChangePassword } = await logIn(store, {
        username: request.body.username.trim(),
        password: request.body.password,
        ip: request.ip,
        now: security.now(),
        limits: security.sessions,
        previousToken: request.cookies[sessionCookie],
      });
      setSessionCookie(request, reply, token, security.sessions.absoluteMs);
      return { user: actor, mustChangePassword, rights: rightsOf(actor.role) };
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
      return { user, mustChangePassword: request.mustChangePassword, rights: rightsOf(user.role) };
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: loginOnly,
      schema: {
        tags: ['账号'],
        summary: '修改自己的密码',
        description: '新密码至少 10 位；修改后本账号的其他登录会话全部失效。',
        body: z.object({
          currentPassword: z.string().min(1, '请输入当前密码'),
          newPassword: z.string().min(1, '请输入新密码'),
        }),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const token = request.cookies[sessionCookie];
      await changeOwnPassword(
        store,
        actor,
        token ? hashToken(token) : null,
        request.body.currentPassword,
        request.body.newPassword,
      );
      return reply.status(204).send();
    },
  );
};
