// Refuses cross-site writes: unsafe methods take only JSON or multipart bodies (what a plain HTML form or a
// text/plain fetch from another site cannot send without asking) and must come from the server's own origin.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { forbidden, UserError } from '../../core/shared/errors';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const acceptedBodies = ['application/json', 'multipart/form-data'];

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  if (length !== undefined) return Number(length) > 0;
  return request.headers['transfer-encoding'] !== undefined;
}

/** The origin the browser is talking to: scheme and host as the request arrived (through a trusted proxy). */
function ownOrigin(request: FastifyRequest): string | null {
  try {
    return new URL(`${request.protocol}://${request.host}`).origin;
  } catch {
    return null;
  }
}

function sameOrigin(origin: string, own: string | null): boolean {
  try {
    return own !== null && new URL(origin).origin === own;
  } catch {
    return false;
  }
}

const crossSite = () =>
  forbidden(
    '拒绝来自其他网站的修改请求：请在本系统的网页中操作。若确实是从本系统网页发出的，请刷新页面后重试；仍然失败请联系管理员检查反向代理设置。',
  );

export const sameOriginWrites = fp(async (app: FastifyInstance) => {
  app.addHook('onRequest', async (request) => {
    if (!unsafeMethods.has(request.method)) return;
    const fetchSite = request.headers['sec-fetch-site'];
    if (fetchSite === 'cross-site' || fetchSite === 'same-site') throw crossSite();
    const origin = request.headers.origin;
    if (origin !== undefined && !sameOrigin(origin, ownOrigin(request))) throw crossSite();
    if (!hasBody(request)) return;
    const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!acceptedBodies.includes(type)) {
      throw new UserError(
        'bad-input',
        `请求内容的类型「${type || '未注明'}」不被接受：修改类请求只接受 JSON（application/json）或文件上传（multipart/form-data）。`,
        { where: 'Content-Type' },
      );
    }
  });
});
