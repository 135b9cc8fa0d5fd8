import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '#server/platform/access/index.ts';
import {
  practiceProgressSchema,
  practiceQuestionParamsSchema,
  practiceReportSchema,
  practiceSessionParamsSchema,
  reportPendingSchema,
  retryAnswerBodySchema,
  retryAnswerResultSchema,
} from '#shared/contracts/practice.ts';
import { getProgress } from './progress.ts';
import type { PracticeDeps } from './practice-deps.ts';
import { getReport, retryReport } from './report.service.ts';
import { retryAnswer } from './retry-answer.ts';

const tags = ['practice'];

export const reportRoutes: FastifyPluginAsyncZod<{ deps: PracticeDeps }> = async (app, { deps }) => {
  app.get(
    '/api/practice/sessions/:sessionId/report',
    {
      schema: {
        tags,
        summary: 'The feedback report: 202 while it is being made, then the report (or status failed with a retry link)',
        params: practiceSessionParamsSchema,
        response: { 200: practiceReportSchema, 202: reportPendingSchema },
      },
    },
    async (request, reply) => {
      const report = await getReport(deps, callerOf(request), request.params.sessionId);
      return reply.status(report.status === 'pending' ? 202 : 200).send(report);
    },
  );
  app.post(
    '/api/practice/sessions/:sessionId/report/retry',
    { schema: { tags, summary: 'Make a failed report again', params: practiceSessionParamsSchema, response: { 202: reportPendingSchema } } },
    async (request, reply) => reply.status(202).send(await retryReport(deps, callerOf(request), request.params.sessionId)),
  );
  app.post(
    '/api/practice/sessions/:sessionId/questions/:questionId/retry',
    {
      schema: {
        tags,
        summary: 'Answer a question again; the new attempt is evaluated at once and kept beside the earlier ones',
        params: practiceQuestionParamsSchema,
        body: retryAnswerBodySchema,
        response: { 201: retryAnswerResultSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await retryAnswer(deps, callerOf(request), request.params.sessionId, request.params.questionId, request.body)),
  );
  app.get(
    '/api/practice/progress',
    { schema: { tags, summary: 'Competency scores over time from my reports, and what to practise next', response: { 200: practiceProgressSchema } } },
    async (request) => getProgress(deps, callerOf(request)),
  );
};
