import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthResponse } from '#shared/contracts/health.ts';
import type { HealthService } from './health.service.ts';

export const healthRoutes: FastifyPluginAsyncZod<{ health: HealthService }> = async (app, { health }) => {
  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database check',
        security: [],
        response: { 200: healthResponse, 503: healthResponse },
      },
    },
    async (_request, reply) => {
      const report = await health.checkHealth();
      return reply.status(report.status === 'ok' ? 200 : 503).send(report);
    },
  );
};
