import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { openEventStream } from '#server/platform/event-stream.ts';
import {
  acceptedSchema,
  interviewParamsSchema,
  linkParamsSchema,
  liveNoteSchema,
  liveNotesSchema,
  noteBodySchema,
  notesQuerySchema,
  roleLinkSchema,
  roomQuerySchema,
  roomSchema,
  transcriptBodySchema,
} from '#shared/contracts/interviews.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { addHostNote, addTranscript, enterRoom, listNotes, reissueLink, requireHost, revokeLink, toNote, type Participant } from './room.service.ts';
import { findNotesAfter } from './room.repo.ts';

const tags = ['interview room'];
export const roomCookie = 'parley_room';

export function roomTokenOf(request: FastifyRequest): string | undefined {
  const match = new RegExp(`(?:^|;\\s*)${roomCookie}=([^;]+)`).exec(request.headers.cookie ?? '');
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

/** A signed-in caller first, else the room link held in the cookie. */
export function participantOf(request: FastifyRequest): Participant | undefined {
  if (request.authSession) return { caller: callerOf(request) };
  const token = roomTokenOf(request);
  return token ? { token } : undefined;
}

function setRoomCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  reply.header('set-cookie', `${roomCookie}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${7 * 24 * 3600}${secure}`);
}

export const linkRoute = { config: { public: true, optionalSession: true } };

export const roomRoutes: FastifyPluginAsyncZod<{ deps: InterviewsDeps }> = async (app, { deps }) => {
  app.get(
    '/api/room',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Open a role link: ?token= is swapped for an HttpOnly cookie and redirected to a clean URL; then the room it opens (401: unknown, expired or revoked)',
        querystring: roomQuerySchema,
        response: { 200: roomSchema },
      },
    },
    async (request, reply) => {
      reply.header('referrer-policy', 'no-referrer').header('cache-control', 'no-store');
      const { token } = request.query;
      if (token) {
        const room = await enterRoom(deps, token);
        setRoomCookie(request, reply, token);
        const wantsPage = (request.headers.accept ?? '').includes('text/html');
        return reply.redirect(wantsPage ? `/room/${room.interviewId}` : '/api/room', 303);
      }
      const held = roomTokenOf(request);
      if (!held) throw new AppError('unauthenticated', 'Open the room with the link from your invitation.');
      return enterRoom(deps, held);
    },
  );

  app.post(
    '/api/interviews/:id/links/:role/revoke',
    { schema: { tags, summary: 'Revoke the host or candidate link at once (owner, recruiter)', params: linkParamsSchema } },
    async (request, reply) => {
      await revokeLink(deps, callerOf(request), request.params.id, request.params.role);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/interviews/:id/links/:role',
    { schema: { tags, summary: 'Issue a new host or candidate link; the old one stops working (owner, recruiter)', params: linkParamsSchema, response: { 201: roleLinkSchema } } },
    async (request, reply) => reply.status(201).send(await reissueLink(deps, callerOf(request), request.params.id, request.params.role)),
  );

  app.post(
    '/api/interviews/:id/transcript',
    { ...linkRoute, schema: { tags, summary: 'Add a transcript segment (host session or host link)', params: interviewParamsSchema, body: transcriptBodySchema, response: { 202: acceptedSchema } } },
    async (request, reply) => reply.status(202).send(await addTranscript(deps, participantOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/interviews/:id/notes',
    { ...linkRoute, schema: { tags, summary: 'The notes after ?after=<seq>, oldest first (host side only)', params: interviewParamsSchema, querystring: notesQuerySchema, response: { 200: liveNotesSchema } } },
    async (request) => listNotes(deps, participantOf(request), request.params.id, request.query.after),
  );

  app.post(
    '/api/interviews/:id/notes',
    { ...linkRoute, schema: { tags, summary: 'Add a host note', params: interviewParamsSchema, body: noteBodySchema, response: { 201: liveNoteSchema } } },
    async (request, reply) => reply.status(201).send(await addHostNote(deps, participantOf(request), request.params.id, request.body.text)),
  );

  app.get(
    '/api/interviews/:id/notes/stream',
    { ...linkRoute, schema: { tags, summary: 'The notes as server-sent events, resuming after Last-Event-ID or ?after= (host side only)', params: interviewParamsSchema, querystring: notesQuerySchema } },
    async (request, reply) => {
      const participant = participantOf(request);
      const { live } = await requireHost(deps, participant, request.params.id);
      const resumeFrom = Number(request.headers['last-event-id'] ?? request.query.after);
      let after = Number.isInteger(resumeFrom) && resumeFrom > 0 ? resumeFrom : 0;
      const stream = openEventStream(reply);
      // A first comment sends the headers at once, so the client knows the stream is open before any note exists.
      stream.comment('connected');
      try {
        while (stream.open) {
          for (const note of await findNotesAfter(deps.db, live.id, after)) {
            stream.send('note', toNote(note), note.seq);
            after = note.seq;
          }
          await new Promise((resolve) => setTimeout(resolve, 250));
          // A revoked or expired link, or a member removed from the workspace, is cut off here, within a second.
          await requireHost(deps, participant, request.params.id);
        }
      } catch (error) {
        if (!(error instanceof AppError)) request.log.error({ err: error }, 'note stream failed');
        stream.send('closed', { reason: error instanceof AppError ? error.message : 'stream failed' });
      } finally {
        stream.end();
      }
    },
  );
};
