import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '#server/platform/access/index.ts';
import { pageQuerySchema } from '#shared/contracts/common.ts';
import { interviewParamsSchema, interviewSchema, myScorecardSchema, outcomeBodySchema, scorecardBodySchema, scorecardPageSchema } from '#shared/contracts/interviews.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { linkRoute, participantOf } from '#server/modules/interviews/room/room.routes.ts';
import { candidateInterviewsParamsSchema, candidateInterviewsSchema } from '#shared/contracts/candidate-interviews.ts';
import { listCandidateInterviews } from './candidate-interviews.ts';
import { getMyScorecard, listScorecards, recordOutcome, saveMyScorecard, sendScorecardReminders } from './scorecards.service.ts';

const tags = ['interview scorecards'];

export const scorecardsRoutes: FastifyPluginAsyncZod<{ deps: InterviewsDeps }> = async (app, { deps }) => {
  app.get(
    '/api/interviews/:id/scorecard',
    { ...linkRoute, schema: { tags, summary: "The caller's own scorecard (panelists; a host link writes as the panel's lead)", params: interviewParamsSchema, response: { 200: myScorecardSchema } } },
    async (request) => getMyScorecard(deps, participantOf(request), request.params.id),
  );

  app.put(
    '/api/interviews/:id/scorecard',
    { ...linkRoute, schema: { tags, summary: "Save the caller's scorecard as a draft, or submit it (final)", params: interviewParamsSchema, body: scorecardBodySchema, response: { 200: myScorecardSchema } } },
    async (request) => saveMyScorecard(deps, participantOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/interviews/:id/scorecards',
    { ...linkRoute, schema: { tags, summary: "The submitted scorecards; a panelist sees the others' once their own is submitted", params: interviewParamsSchema, querystring: pageQuerySchema, response: { 200: scorecardPageSchema } } },
    async (request) => listScorecards(deps, participantOf(request), request.params.id, request.query),
  );

  app.post(
    '/api/interviews/:id/scorecards/remind',
    { schema: { tags, summary: 'Remind the panelists who have not submitted (in-app; owner, recruiter)', params: interviewParamsSchema, response: { 200: z.object({ reminded: z.number().int() }) } } },
    async (request) => sendScorecardReminders(deps, callerOf(request), request.params.id),
  );

  app.get(
    '/api/workspaces/:workspaceId/candidates/:candidateId/interviews',
    {
      schema: {
        tags,
        summary: "A hiring candidate's interviews with the scorecards the caller may read (any member; a panelist sees the others' once their own is submitted)",
        params: candidateInterviewsParamsSchema,
        response: { 200: candidateInterviewsSchema },
      },
    },
    async (request) => listCandidateInterviews(deps, callerOf(request), request.params.workspaceId, request.params.candidateId),
  );

  app.post(
    '/api/interviews/:id/outcome',
    { schema: { tags, summary: 'Record completed / no-show and the outcome advance, hold or reject (owner, recruiter)', params: interviewParamsSchema, body: outcomeBodySchema, response: { 200: interviewSchema } } },
    async (request) => recordOutcome(deps, callerOf(request), request.params.id, request.body),
  );
};
