// Attaches the logged-in account (if any) to every request from its session cookie; routes check rights with it.
// An account that must change its password first may only ask who it is, log out and change the password.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { forbidden, unauthorized } from '../../core/shared/errors';
import { can, type Actor, type Permission } from '../../core/shared/roles';
import type { Store } from '../../store/sql';
import type { Security } from '../hardening/options';
import { actorForToken } from './login';
import { prepareDummyHash } from './passwords';

export const sessionCookie = 'yigai_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** The account logged in with a handed-out password and must replace it before anything else. */
    mustChangePassword: boolean;
  }
}

/** Routes an account that must change its password may still call. */
const allowedBeforePasswordChange = new Set([
  'GET /api/auth/me',
  'POST /api/auth/logout',
  'POST /api/auth/password',
]);

export const sessionPlugin = fp(
  async (app: FastifyInstance, options: { store: Store; security: Security }) => {
    const { store, security } = options;
    void prepareDummyHash();
    app.decorateRequest('actor', null);
    app.decorateRequest('mustChangePassword', false);
    app.addHook('onRequest', async (request) => {
      const token = request.cookies[sessionCookie];
      const found = token
        ? await actorForToken(store, token, security.now(), security.sessions)
        : null;
      request.actor = found?.actor ?? null;
      request.mustChangePassword = found?.mustChangePassword ?? false;
      const route = `${request.method} ${request.url.split('?')[0]}`;
      if (
        request.mustChangePassword &&
        request.url.startsWith('/api/') &&
        !allowedBeforePasswordChange.has(route)
      ) {
        throw forbidden('您的密码是系统发放的初始密码或重置密码，请先修改密码，再继续使用。');
      }
    });
  },
);

/** Cookie settings of the session: Secure whenever the request came over HTTPS (also through a trusted proxy). */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  maxAgeMs: number,
): void {
  reply.setCookie(sessionCookie, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthorized('请先登录。');
  return request.actor;
}

export function requirePermission(request: FastifyRequest, permission: Permission): Actor {
  const actor = requireActor(request);
  if (!can(actor, permission)) {
    throw forbidden('您的账号没有这项操作的权限。如需办理，请联系医改办。');
  }
  return actor;
}
