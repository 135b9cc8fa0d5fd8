import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { accountModules } from '#server/modules/account-modules.ts';
import { analyticsRoutes, createAnalyticsDeps } from '#server/modules/analytics/index.ts';
import { careerRoutes, createCareerDeps } from '#server/modules/career/index.ts';
import { createHiringDeps, hiringRoutes } from '#server/modules/hiring/index.ts';
import { createInterviewsDeps, interviewsRoutes } from '#server/modules/interviews/index.ts';
import { createPracticeDeps, practiceRoutes, voiceAnswersRoutes } from '#server/modules/practice/index.ts';
import { createNotificationsDeps, notificationsRoutes } from '#server/modules/notifications/index.ts';
import { createProfileDeps, profileRoutes } from '#server/modules/profile/index.ts';
import { speechRoutes } from '#server/modules/speech/index.ts';
import { createRetentionDeps, retentionRoutes } from '#server/modules/retention/index.ts';
import { createSupportDeps, supportRoutes } from '#server/modules/support/index.ts';
import { registerIdentity } from '#server/platform/auth/index.ts';
import { registerErrorHandler } from '#server/platform/error-handler.ts';
import { registerOpenApi } from '#server/platform/openapi.ts';
import { serializerCompiler } from '#server/platform/serializer.ts';
import { registerWebApp } from '#server/platform/web-static.ts';
import type { Runtime } from '#server/runtime.ts';

export type AppDeps = Runtime & {
  /** Folder of the built web app; the API alone is served when it is missing. */
  webRoot?: string;
};

/**
 * Builds the Fastify instance with every plugin and route. It never listens: main.ts and the tests do that. The
 * engine, storage, mailer and speech service come built from the runtime; closing the app leaves them to their owner.
 */
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
  const { now } = deps;
  // Security headers, CSRF check, rate limits and the session guard come first, so every later route is behind them.
  const identity = await registerIdentity(app, { config: deps.config, database: deps.database, log: deps.log, mailer: deps.mailer, now });
  await registerOpenApi(app, deps.config.publicUrl);
  await app.register(accountModules, { identity, config: deps.config, database: deps.database, now, outbound: deps.outbound, queue: deps.queue });

  await app.register(notificationsRoutes, { deps: createNotificationsDeps(deps) });
  await app.register(hiringRoutes, { deps: createHiringDeps(deps) });
  await app.register(interviewsRoutes, { deps: createInterviewsDeps(deps) });
  const practiceDeps = createPracticeDeps(deps);
  await app.register(practiceRoutes, { deps: practiceDeps });
  await app.register(profileRoutes, { deps: createProfileDeps(deps) });
  await app.register(careerRoutes, { deps: createCareerDeps(deps) });
  await app.register(speechRoutes, { deps: deps.speech });
  await app.register(supportRoutes, { deps: createSupportDeps(deps) });
  await app.register(retentionRoutes, { deps: createRetentionDeps(deps) });
  await app.register(analyticsRoutes, { deps: createAnalyticsDeps(deps) });
  await app.register(voiceAnswersRoutes, { deps: { ...practiceDeps, speech: deps.speech, storage: deps.storage } });

  if (deps.webRoot) await registerWebApp(app, deps.webRoot);
  return app;
}
