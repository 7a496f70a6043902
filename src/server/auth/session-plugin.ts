// Attaches the logged-in account (if any) to every request from its session cookie; routes check rights with it.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { forbidden, unauthorized } from '../../core/shared/errors';
import { can, type Actor, type Permission } from '../../core/shared/roles';
import type { Store } from '../../store/sql';
import { actorForToken } from './accounts';

export const sessionCookie = 'yigai_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export const sessionPlugin = fp(async (app: FastifyInstance, options: { store: Store }) => {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[sessionCookie];
    request.actor = token ? await actorForToken(options.store, token, new Date()) : null;
  });
});

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
