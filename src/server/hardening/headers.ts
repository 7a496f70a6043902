// Security headers on every answer (@fastify/helmet), with a Content-Security-Policy the web build runs under:
// scripts only from the server itself; inline styles allowed because antd injects its CSS-in-JS as <style> tags;
// images also from data: and blob: (ECharts exports, downloads).
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

export const contentSecurityPolicy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export async function securityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      // No upgrade-insecure-requests: the server is often reached over plain HTTP inside an office network.
      directives: contentSecurityPolicy,
    },
    // HSTS only means something over HTTPS, where a proxy in front usually sets it; sent here it would pin
    // a host name that may also be served over plain HTTP.
    strictTransportSecurity: false,
  });
}
