import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '#server/db/client.ts';
import type { Logger } from '#server/platform/logger.ts';
import type { CareerDeps } from './career-deps.ts';
import { experiencesRoutes } from './experiences.routes.ts';
import { importRoutes } from './import.routes.ts';
import { libraryRoutes } from './library.routes.ts';

export type { CareerDeps } from './career-deps.ts';

/** Every route of the career assistant. */
export const careerRoutes: FastifyPluginAsyncZod<{ deps: CareerDeps }> = async (app, { deps }) => {
  await app.register(libraryRoutes, { deps });
  await app.register(experiencesRoutes, { deps });
  await app.register(importRoutes, { deps });
};

export function createCareerDeps(runtime: { database: Database; log: Logger; now: () => Date }): CareerDeps {
  return { db: runtime.database.db, log: runtime.log, now: runtime.now };
}
