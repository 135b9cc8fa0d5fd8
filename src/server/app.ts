import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { createHealthService, healthRoutes } from './modules/health/index.ts';
import { registerErrorHandler } from './platform/error-handler.ts';
import type { Logger } from './platform/logger.ts';
import type { Queue } from './platform/queue/queue.ts';
import { registerOpenApi } from './platform/openapi.ts';
import { registerWebApp } from './platform/web-static.ts';

export type AppDeps = {
  config: Config;
  database: Database;
  /** The job queue; absent in tests that need no background work. */
  queue?: Queue;
  log: Logger;
  /** Folder of the built web app; the API alone is served when it is missing. */
  webRoot?: string;
  now?: () => number;
};

/** Builds the Fastify instance with every plugin and route. It never listens: main.ts and the tests do that. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.log,
    trustProxy: deps.config.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerErrorHandler(app);
  await registerOpenApi(app, deps.config.publicUrl);

  const health = createHealthService({ database: deps.database, startedAt: (deps.now ?? Date.now)() });
  await app.register(healthRoutes, { health });

  if (deps.webRoot) await registerWebApp(app, deps.webRoot);
  return app;
}
