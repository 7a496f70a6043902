// The API documentation (/api/docs) is for logged-in accounts: a browser is sent to the login page, a program
// asking for the JSON or YAML gets 401.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { unauthorized } from '../../core/shared/errors';

export async function docsNeedLogin(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.actor) return;
  const path = request.url.split('?')[0] ?? '';
  const isPage = request.method === 'GET' && /^\/api\/docs\/?$/.test(path);
  if (!isPage) throw unauthorized('API 文档需要登录后查看，请先登录。');
  await reply.redirect('/login', 302);
}
