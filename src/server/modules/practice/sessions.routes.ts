import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '#server/platform/access/index.ts';
import {
  createPracticeSessionBodySchema,
  listPracticeSessionsQuerySchema,
  practiceSessionListSchema,
  practiceSessionParamsSchema,
  practiceSessionStateSchema,
  submitAnswerBodySchema,
} from '#shared/contracts/practice.ts';
import { createSession } from './create-session.ts';
import { endSession, skipStage, streamAnswer, submitAnswer } from './interview-moves.ts';
import { listSessions } from './list-sessions.ts';
import { getSession } from './load-session.ts';
import type { PracticeDeps } from './practice-deps.ts';
import { writeEventStream } from './write-event-stream.ts';

const tags = ['practice'];
const params = practiceSessionParamsSchema;
const state = practiceSessionStateSchema;

export const sessionsRoutes: FastifyPluginAsyncZod<{ deps: PracticeDeps }> = async (app, { deps }) => {
  app.post(
    '/api/practice/sessions',
    { schema: { tags, summary: 'Start a practice interview: questions generated for the role, your CV and the job', body: createPracticeSessionBodySchema, response: { 201: state } } },
    async (request, reply) => reply.status(201).send(await createSession(deps, callerOf(request), request.body)),
  );
  app.get(
    '/api/practice/sessions',
    { schema: { tags, summary: 'My practice interviews, newest first (filter by status, type, dates)', querystring: listPracticeSessionsQuerySchema, response: { 200: practiceSessionListSchema } } },
    async (request) => listSessions(deps, callerOf(request), request.query),
  );
  app.get(
    '/api/practice/sessions/:sessionId',
    { schema: { tags, summary: 'A practice interview: stage, current question and every turn so far', params, response: { 200: state } } },
    async (request) => getSession(deps, callerOf(request), request.params.sessionId),
  );
  app.post(
    '/api/practice/sessions/:sessionId/answers',
    { schema: { tags, summary: 'Answer the current question; the interviewer replies (next question, a follow-up, or the close)', params, body: submitAnswerBodySchema, response: { 200: state } } },
    async (request) => submitAnswer(deps, callerOf(request), request.params.sessionId, request.body),
  );
  app.post(
    '/api/practice/sessions/:sessionId/answers/stream',
    {
      schema: {
        tags,
        summary: 'Answer the current question and receive the interviewer\'s reply as server-sent events (delta…, then state)',
        params,
        body: submitAnswerBodySchema,
        response: { 200: z.string().describe('text/event-stream: `delta` {text} events, then one `state` event with the session state, or `error` {message}') },
      },
    },
    async (request, reply) => writeEventStream(reply, await streamAnswer(deps, callerOf(request), request.params.sessionId, request.body)),
  );
  app.post(
    '/api/practice/sessions/:sessionId/skip-stage',
    { schema: { tags, summary: 'Skip the rest of the current stage', params, response: { 200: state } } },
    async (request) => skipStage(deps, callerOf(request), request.params.sessionId),
  );
  app.post(
    '/api/practice/sessions/:sessionId/end',
    { schema: { tags, summary: 'End the interview now; the feedback report is queued', params, response: { 200: state } } },
    async (request) => endSession(deps, callerOf(request), request.params.sessionId),
  );
};
