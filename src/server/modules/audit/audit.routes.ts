import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '#server/db/client.ts';
import { callerOf } from '#server/platform/access/index.ts';
import { auditPageSchema, listAuditQuerySchema, securityEventPageSchema } from '#shared/contracts/audit.ts';
import { pageQuerySchema } from '#shared/contracts/common.ts';
import { listAudit } from './list-audit.ts';
import { listSecurityEvents } from './list-security-events.ts';

export const auditRoutes: FastifyPluginAsyncZod<{ deps: { db: Db } }> = async (app, { deps }) => {
  app.get(
    '/api/admin/audit',
    {
      schema: {
        tags: ['admin'],
        summary: 'The audit log, newest first, by action, actor or time (administrator)',
        querystring: listAuditQuerySchema,
        response: { 200: auditPageSchema },
      },
    },
    async (request) => listAudit(deps, callerOf(request), request.query),
  );

  app.get(
    '/api/me/security-events',
    { schema: { tags: ['account'], summary: 'The security events of my account, newest first', querystring: pageQuerySchema, response: { 200: securityEventPageSchema } } },
    async (request) => listSecurityEvents(deps, callerOf(request), request.query),
  );
};
