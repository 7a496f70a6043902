// Attaches the logged-in account (if any) to every request from its session cookie, then checks the route's
// declared access against the policy — before the body is read or validated, so a refusal never depends on it.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { forbidden, unauthorized } from '../../core/shared/errors';
import { allows, decide, scopes } from '../../core/shared/policy';
import { can, type Actor, type Permission } from '../../core/shared/roles';
import type { Store } from '../../store/sql';
import { loadObject, type Access } from '../routes/access';
import { actorForToken } from './accounts';

export const sessionCookie = 'yigai_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyInstance {
    /** Every route registered after the session plugin, with the access it declares (undefined: none). */
    routeAccess: RouteAccess[];
  }
}

export interface RouteAccess {
  method: string;
  url: string;
  access: Access | undefined;
}

const refused = () => forbidden('您的账号没有这项操作的权限。如需办理，请联系医改办。');

async function checkAccess(store: Store, request: FastifyRequest): Promise<void> {
  if (request.is404) return;
  const rule = request.routeOptions.config.access;
  if (rule === undefined) {
    // Only the web build and the API documentation are served without a declared rule.
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/docs')) return;
    request.log.error({ url: request.routeOptions.url }, 'route without an access rule');
    throw forbidden('这个接口没有登记访问规则，暂不能使用。请联系管理员。');
  }
  if (rule === 'open') return;
  const actor = request.actor;
  if (actor === null && (rule === 'login' || !rule.anonymous)) throw unauthorized('请先登录。');
  if (rule === 'login') return;
  const column = actor?.role ?? 'anyone';
  if (!scopes.some((scope) => allows(column, rule.resource, rule.action, scope))) {
    throw actor === null ? unauthorized('请先登录。') : refused();
  }
  if (rule.object === undefined) {
    if (!decide(actor, rule.action, { kind: rule.resource })) throw refused();
    return;
  }
  const found = await loadObject(store, rule.object, request);
  // No such object: the route answers 404 (or 400 for a malformed id) as it would for anyone allowed.
  if (found === null) return;
  const kind = rule.resource === 'plan' && found.kind ? found.kind : rule.resource;
  if (!decide(actor, rule.action, { kind, owner: found.owner })) {
    if (actor === null) throw unauthorized('请先登录。');
    if (kind === 'plan-draft' && rule.action === 'read') {
      throw forbidden('该方案尚未发布，发布后才能查看。');
    }
    if (allows(actor.role, kind, rule.action, 'own')) {
      throw forbidden(
        '这是其他单位的数据，您的账号只能修改或删除本单位的。如需办理，请联系医改办。',
      );
    }
    throw refused();
  }
}

export const sessionPlugin = fp(async (app: FastifyInstance, options: { store: Store }) => {
  app.decorateRequest('actor', null);
  const routes: RouteAccess[] = [];
  app.decorate('routeAccess', routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routes.push({ method, url: route.url, access: route.config?.access });
    }
  });
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[sessionCookie];
    request.actor = token ? await actorForToken(options.store, token, new Date()) : null;
    await checkAccess(options.store, request);
  });
});

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthorized('请先登录。');
  return request.actor;
}

/** Older check by permission name; routes declare `config: access(...)` instead. */
export function requirePermission(request: FastifyRequest, permission: Permission): Actor {
  const actor = requireActor(request);
  if (!can(actor, permission)) throw refused();
  return actor;
}
