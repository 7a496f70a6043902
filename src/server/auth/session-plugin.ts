// Attaches the logged-in account (if any) to every request from its session cookie, then checks the route's
// declared access against the policy — before the body is read or validated, so a refusal never depends on it.
// An account that must change its password first may only ask who it is, log out and change the password.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { forbidden, unauthorized } from '../../core/shared/errors';
import { allows, decide, scopes } from '../../core/shared/policy';
import { can, type Actor, type Permission } from '../../core/shared/roles';
import type { Store } from '../../store/sql';
import type { Security } from '../hardening/options';
import { loadObject, type Access } from '../routes/access';
import { actorForToken } from './login';
import { prepareDummyHash } from './passwords';

export const sessionCookie = 'yigai_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** The account logged in with a handed-out password and must replace it before anything else. */
    mustChangePassword: boolean;
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
      await checkAccess(store, request);
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

/** Older check by permission name; routes declare `config: access(...)` instead. */
export function requirePermission(request: FastifyRequest, permission: Permission): Actor {
  const actor = requireActor(request);
  if (!can(actor, permission)) throw refused();
  return actor;
}
