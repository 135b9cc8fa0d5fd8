import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { candidateAnswerBodySchema, candidateViewSchema, interviewParamsSchema, pickSlotBodySchema } from '#shared/contracts/interviews.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { roomTokenOf } from '#server/modules/interviews/room/room.routes.ts';
import { answerAsCandidate, getCandidateView, pickOfferedSlot, type CandidateCredential } from './candidate-answers.ts';

const tags = ['interviews: candidate'];

/** The candidate answers with the room link's cookie; a session alone is a member, never the candidate. */
function credentialOf(request: FastifyRequest): CandidateCredential {
  const token = roomTokenOf(request);
  if (token) return { token };
  return request.authSession ? { signedIn: true } : undefined;
}

const linkRoute = { config: { public: true, optionalSession: true } };

export const candidateRoutes: FastifyPluginAsyncZod<{ deps: InterviewsDeps }> = async (app, { deps }) => {
  app.get(
    '/api/interviews/:id/candidate',
    { ...linkRoute, schema: { tags, summary: "What the candidate's link shows: title, the other party, the time in their zone, the join link, their answer (candidate link)", params: interviewParamsSchema, response: { 200: candidateViewSchema } } },
    async (request) => getCandidateView(deps, credentialOf(request), request.params.id),
  );

  app.post(
    '/api/interviews/:id/candidate/answer',
    { ...linkRoute, schema: { tags, summary: 'Confirm, decline, or ask for another time with up to three proposals (candidate link)', params: interviewParamsSchema, body: candidateAnswerBodySchema, response: { 200: candidateViewSchema } } },
    async (request) => answerAsCandidate(deps, credentialOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/interviews/:id/candidate/pick',
    { ...linkRoute, schema: { tags, summary: 'Pick one of the offered slots: the interview moves there (candidate link)', params: interviewParamsSchema, body: pickSlotBodySchema, response: { 200: candidateViewSchema } } },
    async (request) => pickOfferedSlot(deps, credentialOf(request), request.params.id, request.body.slotId),
  );
};
