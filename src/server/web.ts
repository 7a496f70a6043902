// Serves the built web front end (dist/web) and answers unknown page addresses with the app's index.html.
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { packagePath } from '../package-root';
import { answerNotFound } from './errors';

export const defaultWebRoot = packagePath('dist/web/');

export async function serveWeb(app: FastifyInstance, webRoot: string): Promise<boolean> {
  if (!existsSync(`${webRoot}/index.html`)) return false;
  await app.register(fastifyStatic, { root: webRoot, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.sendFile('index.html');
    }
    return answerNotFound(request, reply);
  });
  return true;
}
