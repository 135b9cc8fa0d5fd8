import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '#server/platform/access/index.ts';
import {
  budgetBodySchema,
  budgetStateSchema,
  keyBudgetParamsSchema,
  usageQuerySchema,
  usageReportSchema,
  usageWorkspaceParamsSchema,
  workspaceKeyBudgetParamsSchema,
} from '#shared/contracts/ai-usage.ts';
import type { AiUsageDeps } from './ai-usage-deps.ts';
import { getBudget, removeBudget, reportInstallationUsage, reportMyUsage, reportWorkspaceUsage, setBudget } from './usage.service.ts';

const tags = ['ai-usage'];

export const usageRoutes: FastifyPluginAsyncZod<{ deps: AiUsageDeps }> = async (app, { deps }) => {
  app.get(
    '/api/me/usage',
    { schema: { tags, summary: 'My AI calls per day, provider and model: tokens, estimated cost, fallbacks to the offline engine', querystring: usageQuerySchema, response: { 200: usageReportSchema } } },
    async (request) => reportMyUsage(deps, callerOf(request), request.query),
  );
  app.get(
    '/api/workspaces/:workspaceId/usage',
    { schema: { tags, summary: "A workspace's AI calls per day, provider and model (owners)", params: usageWorkspaceParamsSchema, querystring: usageQuerySchema, response: { 200: usageReportSchema } } },
    async (request) => reportWorkspaceUsage(deps, callerOf(request), request.params.workspaceId, request.query),
  );
  app.get(
    '/api/admin/usage',
    { schema: { tags, summary: "The installation's AI calls per day, provider and model, embeddings included (administrator)", querystring: usageQuerySchema, response: { 200: usageReportSchema } } },
    async (request) => reportInstallationUsage(deps, callerOf(request), request.query),
  );

  app.get(
    '/api/me/ai-budget',
    { schema: { tags, summary: 'The monthly budget of my own API keys, with this month’s spending (null when none)', response: { 200: budgetStateSchema } } },
    async (request) => getBudget(deps, callerOf(request)),
  );
  app.put(
    '/api/me/ai-budget',
    { schema: { tags, summary: 'Set the monthly budget of my own API keys: at it, AI features answer offline', body: budgetBodySchema, response: { 200: budgetStateSchema } } },
    async (request) => setBudget(deps, callerOf(request), request.body),
  );
  app.delete(
    '/api/me/ai-budget',
    { schema: { tags, summary: 'Remove the budget of my own API keys', response: { 204: z.null() } } },
    async (request, reply) => {
      await removeBudget(deps, callerOf(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/workspaces/:workspaceId/ai-budget',
    { schema: { tags, summary: "A workspace's monthly AI budget with this month's spending (owners)", params: usageWorkspaceParamsSchema, response: { 200: budgetStateSchema } } },
    async (request) => getBudget(deps, callerOf(request), { workspaceId: request.params.workspaceId }),
  );
  app.put(
    '/api/workspaces/:workspaceId/ai-budget',
    { schema: { tags, summary: "Set a workspace's monthly AI budget (owners): at it, the workspace's AI features answer offline", params: usageWorkspaceParamsSchema, body: budgetBodySchema, response: { 200: budgetStateSchema } } },
    async (request) => setBudget(deps, callerOf(request), request.body, { workspaceId: request.params.workspaceId }),
  );
  app.delete(
    '/api/workspaces/:workspaceId/ai-budget',
    { schema: { tags, summary: "Remove a workspace's AI budget (owners)", params: usageWorkspaceParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await removeBudget(deps, callerOf(request), { workspaceId: request.params.workspaceId });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me/keys/:provider/ai-budget',
    { schema: { tags, summary: 'The monthly budget of one of my stored keys, with this month’s spending on it (null when none)', params: keyBudgetParamsSchema, response: { 200: budgetStateSchema } } },
    async (request) => getBudget(deps, callerOf(request), { provider: request.params.provider }),
  );
  app.put(
    '/api/me/keys/:provider/ai-budget',
    { schema: { tags, summary: 'Set the monthly budget of one of my stored keys: at it, calls with that key answer offline', params: keyBudgetParamsSchema, body: budgetBodySchema, response: { 200: budgetStateSchema } } },
    async (request) => setBudget(deps, callerOf(request), request.body, { provider: request.params.provider }),
  );
  app.delete(
    '/api/me/keys/:provider/ai-budget',
    { schema: { tags, summary: 'Remove the budget of one of my stored keys', params: keyBudgetParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await removeBudget(deps, callerOf(request), { provider: request.params.provider });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/workspaces/:workspaceId/keys/:provider/ai-budget',
    { schema: { tags, summary: "The monthly budget of one of a workspace's stored keys (owners)", params: workspaceKeyBudgetParamsSchema, response: { 200: budgetStateSchema } } },
    async (request) => getBudget(deps, callerOf(request), request.params),
  );
  app.put(
    '/api/workspaces/:workspaceId/keys/:provider/ai-budget',
    { schema: { tags, summary: "Set the monthly budget of one of a workspace's stored keys (owners): at it, calls with that key answer offline", params: workspaceKeyBudgetParamsSchema, body: budgetBodySchema, response: { 200: budgetStateSchema } } },
    async (request) => setBudget(deps, callerOf(request), request.body, request.params),
  );
  app.delete(
    '/api/workspaces/:workspaceId/keys/:provider/ai-budget',
    { schema: { tags, summary: "Remove the budget of one of a workspace's stored keys (owners)", params: workspaceKeyBudgetParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await removeBudget(deps, callerOf(request), request.params);
      return reply.status(204).send(null);
    },
  );
};
