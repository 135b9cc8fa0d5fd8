import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '#server/platform/access/index.ts';
import { candidateParamsSchema } from '#shared/contracts/hiring.ts';
import { noteBodySchema, noteListSchema, noteParamsSchema, noteSchema } from '#shared/contracts/hiring-team.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';
import { addNote, editNote, listNotes, removeNote } from './notes.service.ts';

const tags = ['hiring'];

export const notesRoutes: FastifyPluginAsyncZod<{ deps: HiringDeps }> = async (app, { deps }) => {
  app.get(
    '/api/candidates/:candidateId/notes',
    { schema: { tags, summary: "The team's notes on a candidate, oldest first, and the members a note may mention", params: candidateParamsSchema, response: { 200: noteListSchema } } },
    async (request) => listNotes(deps, callerOf(request), request.params.candidateId),
  );
  app.post(
    '/api/candidates/:candidateId/notes',
    { schema: { tags, summary: 'Add a note (any member; @name or @email notifies the member once)', params: candidateParamsSchema, body: noteBodySchema, response: { 201: noteSchema } } },
    async (request, reply) => reply.status(201).send(await addNote(deps, callerOf(request), request.params.candidateId, request.body)),
  );
  app.patch(
    '/api/candidates/:candidateId/notes/:noteId',
    { schema: { tags, summary: "Edit one's own note", params: noteParamsSchema, body: noteBodySchema, response: { 200: noteSchema } } },
    async (request) => editNote(deps, callerOf(request), request.params, request.body),
  );
  app.delete(
    '/api/candidates/:candidateId/notes/:noteId',
    { schema: { tags, summary: "Delete one's own note", params: noteParamsSchema } },
    async (request, reply) => {
      await removeNote(deps, callerOf(request), request.params);
      return reply.status(204).send();
    },
  );
};
