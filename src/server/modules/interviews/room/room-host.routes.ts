import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  briefingSchema,
  callTokenSchema,
  consentSchema,
  hostRoomSchema,
  interviewParamsSchema,
  interviewQuestionSchema,
  lobbySchema,
  questionAskedBodySchema,
  questionParamsSchema,
  roomReviewStateSchema,
} from '#shared/contracts/interviews.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { acceptConsent, getBriefing, getHostRoom, getLobby, markQuestion } from './host-room.ts';
import { endRoom, getRoomReview } from './end-room.ts';
import { joinCall } from './join-call.ts';
import { linkRoute, participantOf, roomTokenOf } from './room.routes.ts';
import { exportTranscript } from './transcript-export.ts';

const tags = ['interview room'];

/** The room's pages: what each side sees, consent, the briefing, questions, ending and the review, the exports. */
export const roomHostRoutes: FastifyPluginAsyncZod<{ deps: InterviewsDeps }> = async (app, { deps }) => {
  app.get(
    '/api/interviews/:id/lobby',
    { ...linkRoute, schema: { tags, summary: 'What a role link (or a host session) sees first: title, the other party, the meeting link, the recording notice', params: interviewParamsSchema, response: { 200: lobbySchema } } },
    async (request) => getLobby(deps, participantOf(request), request.params.id),
  );

  app.post(
    '/api/room/consent',
    { config: { public: true }, schema: { tags, summary: 'The candidate accepts the recording notice (candidate link only); transcription may start', response: { 200: consentSchema } } },
    async (request) => acceptConsent(deps, roomTokenOf(request)),
  );

  app.post(
    '/api/interviews/:id/room/call-token',
    {
      ...linkRoute,
      schema: {
        tags,
        summary: 'A LiveKit participant token for one join of the embedded call, valid 10 minutes (host link or session; the candidate link after consent, else 409; 404 when no LiveKit is configured)',
        params: interviewParamsSchema,
        response: { 200: callTokenSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return joinCall(deps, participantOf(request), request.params.id);
    },
  );

  app.get(
    '/api/interviews/:id/room',
    { ...linkRoute, schema: { tags, summary: 'The host side: job, CV, questions, consent and state (host link or session; candidate link 403)', params: interviewParamsSchema, response: { 200: hostRoomSchema } } },
    async (request) => getHostRoom(deps, participantOf(request), request.params.id),
  );

  app.get(
    '/api/interviews/:id/briefing',
    { ...linkRoute, schema: { tags, summary: "The interviewer's briefing over the job and the CV (host side only)", params: interviewParamsSchema, response: { 200: briefingSchema } } },
    async (request) => getBriefing(deps, participantOf(request), request.params.id),
  );

  app.put(
    '/api/interviews/:id/questions/:questionId/asked',
    { ...linkRoute, schema: { tags, summary: 'Tick a question as asked (a system note) or untick it (host side only)', params: questionParamsSchema, body: questionAskedBodySchema, response: { 200: z.array(interviewQuestionSchema) } } },
    async (request) => markQuestion(deps, participantOf(request), request.params.id, request.params.questionId, request.body.asked),
  );

  app.post(
    '/api/interviews/:id/end',
    { ...linkRoute, schema: { tags, summary: 'End the room: the review is written in the background (host side only)', params: interviewParamsSchema, response: { 202: z.object({ reviewState: z.enum(['pending', 'ready']) }) } } },
    async (request, reply) => reply.status(202).send(await endRoom(deps, participantOf(request), request.params.id)),
  );

  app.get(
    '/api/interviews/:id/review',
    { ...linkRoute, schema: { tags, summary: "The ended room's review and the host's scorecard draft (host side only)", params: interviewParamsSchema, response: { 200: roomReviewStateSchema } } },
    async (request) => getRoomReview(deps, participantOf(request), request.params.id),
  );

  for (const format of ['txt', 'vtt'] as const) {
    app.get(
      `/api/interviews/:id/transcript.${format}`,
      { ...linkRoute, schema: { tags, summary: `The transcript as ${format === 'txt' ? 'plain text' : 'WebVTT'} (host side only)`, params: interviewParamsSchema } },
      async (request, reply) => {
        const body = await exportTranscript(deps, participantOf(request), request.params.id, format);
        return reply
          .type(format === 'txt' ? 'text/plain; charset=utf-8' : 'text/vtt; charset=utf-8')
          .header('content-disposition', `attachment; filename="interview-transcript.${format}"`)
          .send(body);
      },
    );
  }
};
