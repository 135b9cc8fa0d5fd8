import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '#server/platform/access/index.ts';
import { importResultSchema, jsonResumeImportBodySchema, libraryExportSchema, libraryImportSchema, libraryProposalSchema } from '#shared/contracts/career.ts';
import type { CareerDeps } from './career-deps.ts';
import { exportJsonResume, exportLibrary } from './export-library.ts';
import { commitImport, proposeFromCv, proposeFromJsonResume } from './import-library.ts';

const tags = ['career'];

/** Filling the library from a CV or a JSON Resume (always reviewed first), and exporting it. */
export const importRoutes: FastifyPluginAsyncZod<{ deps: CareerDeps }> = async (app, { deps }) => {
  app.get(
    '/api/career/import/cv',
    { schema: { tags, summary: 'What your current CV would add to the library, for review (nothing is saved)', response: { 200: libraryProposalSchema } } },
    async (request) => proposeFromCv(deps, callerOf(request)),
  );
  app.post(
    '/api/career/import/json-resume',
    { schema: { tags, summary: 'What a JSON Resume would add to the library, for review (nothing is saved; old key names accepted)', body: jsonResumeImportBodySchema, response: { 200: libraryProposalSchema } } },
    async (request) => proposeFromJsonResume(deps, callerOf(request), request.body.document),
  );
  app.post(
    '/api/career/import',
    { schema: { tags, summary: 'Save the reviewed entries of a CV or JSON Resume import', body: libraryImportSchema, response: { 201: importResultSchema } } },
    async (request, reply) => reply.status(201).send(await commitImport(deps, callerOf(request), request.body)),
  );
  app.get(
    '/api/career/export/json-resume',
    { schema: { tags, summary: 'Your library as a JSON Resume 1.0 document (skill links are not part of that format)', response: { 200: z.record(z.string(), z.unknown()) } } },
    async (request, reply) => reply.header('content-disposition', 'attachment; filename="resume.json"').send(await exportJsonResume(deps, callerOf(request))),
  );
  app.get(
    '/api/career/export/parley',
    { schema: { tags, summary: 'Your whole library in Parley\'s own format, with experience ↔ skill links', response: { 200: libraryExportSchema } } },
    async (request, reply) => reply.header('content-disposition', 'attachment; filename="parley-career-library.json"').send(await exportLibrary(deps, callerOf(request))),
  );
};
