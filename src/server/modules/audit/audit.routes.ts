import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '#server/db/client.ts';
import { callerOf } from '#server/platform/access/index.ts';
import { auditPageSchema, listAuditQuerySchema } from '#shared/contracts/audit.ts';
import { listAudit } from './list-audit.ts';

export const auditRoutes: FastifyPluginAsyncZod<{ deps: { db: Db } }> = async (app, { deps }) => {
  app.get(
    '/api/admin/audit',
    { schema: { tags: ['admin'], summary: 'The audit log, newest first, by action or actor (administrator)', querystring: listAuditQuerySchema, response: { 200: auditPageSchema } } },
    async (request) => listAudit(deps, callerOf(request), request.query),
  );
};
