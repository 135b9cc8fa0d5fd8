import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { createServerEngine } from './engine.ts';
import { accountModules } from './modules/account-modules.ts';
import { createHiringDeps, hiringRoutes } from './modules/hiring/index.ts';
import { createPracticeDeps, practiceRoutes, voiceAnswersRoutes } from './modules/practice/index.ts';
import { createProfileDeps, profileRoutes } from './modules/profile/index.ts';
import { createServerSpeech, speechRoutes } from './modules/speech/index.ts';
import { registerIdentity } from './platform/auth/index.ts';
import { registerErrorHandler } from './platform/error-handler.ts';
import type { Logger } from './platform/logger.ts';
import type { Queue } from './platform/queue/queue.ts';
import { createStorage } from './platform/storage/index.ts';
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
  const now = deps.now ?? Date.now;
  // Security headers, CSRF check, rate limits and the session guard come first, so every later route is behind them.
  const identity = await registerIdentity(app, { config: deps.config, database: deps.database, log: deps.log, now });
  await registerOpenApi(app, deps.config.publicUrl);
  await app.register(accountModules, { identity, config: deps.config, database: deps.database, now });

  const engine = createServerEngine(deps);
  const storage = createStorage(deps.config.storage);
  await app.register(hiringRoutes, { deps: createHiringDeps({ ...deps, engine, storage }) });
  const practiceDeps = createPracticeDeps({ ...deps, engine });
  await app.register(practiceRoutes, { deps: practiceDeps });
  await app.register(profileRoutes, { deps: createProfileDeps({ ...deps, engine, storage }) });
  const speech = createServerSpeech(deps);
  await app.register(speechRoutes, { speech });
  await app.register(voiceAnswersRoutes, { deps: { ...practiceDeps, speech, storage } });

  if (deps.webRoot) await registerWebApp(app, deps.webRoot);
  return app;
}
