// Builds the HTTP server: validation, sessions, security headers and same-origin writes, OpenAPI docs at /api/docs
// (logged-in only), one route module per area, the web build.
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { failInterruptedWork } from '../store/interrupted-work';
import type { Store } from '../store/sql';
import { sessionPlugin } from './auth/session-plugin';
import { answerNotFound, installErrorHandler } from './errors';
import { templateRoutes } from './routes/templates';
import { authRoutes } from './routes/auth';
import { drgRoutes } from './routes/drg';
import { planRoutes } from './routes/plans';
import { defaultWebRoot, serveWeb } from './web';
import { JobRegistry } from './jobs';
import { jobRoutes } from './routes/jobs';
import { billDatasetRoutes } from './routes/bill-datasets';
import { drgWeightRoutes } from './routes/drg-weights';
import { drgPaymentRoutes } from './routes/drg-payment';
import { scenarioRoutes } from './routes/scenarios';
import { planScenarioRoutes } from './routes/plan-scenarios';
import { priceScheduleRoutes } from './routes/price-schedule';
import { simulationRunRoutes } from './routes/simulation-runs';
import { casemixRoutes } from './routes/casemix';
import { userRoutes } from './routes/users';
import { auditRoutes } from './routes/audit';
import { resolveSecurity, type SecurityOptions } from './hardening/options';
import { securityHeaders } from './hardening/headers';
import { sameOriginWrites } from './hardening/same-origin';
import { noServerPaths } from './hardening/no-server-paths';
import { docsNeedLogin } from './hardening/docs-login';
import { unitRoutes } from './routes/units';
import { ledgerRoutes } from './routes/ledgers';
import { notificationRoutes } from './routes/notifications';
import { publicPlanRoutes } from './routes/public-plans';
import { open } from './routes/access';

export const defaultFilesDir = process.env.YIGAI_FILES ?? './yigai-files';

export interface AppOptions {
  store: Store;
  logger?: FastifyServerOptions['logger'];
  /** Folder of the built web front end; defaults to dist/web of this package. */
  webRoot?: string;
  /** Folder for files the server keeps (uploaded and generated bill files); defaults to ./yigai-files. */
  filesDir?: string;
  /** Behind a reverse proxy: take the client address and scheme (X-Forwarded-*; https → Secure cookies) from it. */
  trustProxy?: boolean;
  /** Session lifetimes, login throttling and the clock; defaults in hardening/options.ts. */
  security?: SecurityOptions;
}

/** JSON bodies; files come as multipart uploads with their own limits. */
const BODY_LIMIT_BYTES = 5 * 1024 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy ?? false,
  });
  const security = resolveSecurity(options.security);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app, { bodyBytes: BODY_LIMIT_BYTES });

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'yigai 医改 API',
        description: '公立医院综合改革实施平台的 HTTP 接口。登录后以 Cookie 会话访问。',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await securityHeaders(app);
  await app.register(sameOriginWrites);
  await app.register(noServerPaths, {
    folders: [
      path.resolve(options.filesDir ?? defaultFilesDir),
      ...(options.store.engine === 'pglite' ? [options.store.location] : []),
    ],
  });
  await app.register(fastifyCookie);
  await app.register(sessionPlugin, { store: options.store, security });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    uiHooks: { onRequest: docsNeedLogin },
  });
  await app.register(fastifyMultipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1 } });

  const typed = app.withTypeProvider<ZodTypeProvider>();
  await typed.register(authRoutes, { store: options.store, security });
  await typed.register(userRoutes, { store: options.store });
  await typed.register(auditRoutes, { store: options.store });
  await typed.register(planRoutes, { store: options.store });
  await typed.register(drgRoutes);
  await typed.register(unitRoutes, { store: options.store });
  await typed.register(publicPlanRoutes, { store: options.store });
  // Jobs live in their process: work whose instance stopped beating its heartbeat can never finish.
  const interrupted = await failInterruptedWork(options.store);
  const count = Object.values(interrupted).reduce((sum, ids) => sum + ids.length, 0);
  if (count > 0) app.log.warn({ interrupted }, `${count} 项未完成的处理因服务重启标为失败`);
  const jobs = new JobRegistry(app.log, options.store);
  app.addHook('onClose', async () => jobs.close());
  await typed.register(jobRoutes, { jobs });
  await typed.register(billDatasetRoutes, {
    store: options.store,
    jobs,
    filesDir: path.resolve(options.filesDir ?? defaultFilesDir),
  });
  await typed.register(scenarioRoutes, { store: options.store, jobs });
  await typed.register(planScenarioRoutes, { store: options.store });
  await typed.register(priceScheduleRoutes);
  await typed.register(templateRoutes);
  await typed.register(simulationRunRoutes, { store: options.store, jobs });
  const drgFiles = {
    store: options.store,
    jobs,
    filesDir: path.resolve(options.filesDir ?? defaultFilesDir),
  };
  await typed.register(drgWeightRoutes, drgFiles);
  await typed.register(drgPaymentRoutes, drgFiles);
  await typed.register(casemixRoutes, drgFiles);
  await typed.register(notificationRoutes, { store: options.store });
  await typed.register(ledgerRoutes, {
    store: options.store,
    filesDir: path.resolve(options.filesDir ?? defaultFilesDir),
  });
  app.get(
    '/api/health',
    { config: open, schema: { tags: ['系统'], summary: '健康检查' } },
    async () => ({
      ok: true,
      database: options.store.engine,
    }),
  );

  if (!(await serveWeb(app, options.webRoot ?? defaultWebRoot)))
    app.setNotFoundHandler(answerNotFound);
  return app;
}
