import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '#server/platform/access/index.ts';
import { careerHomeSchema, compareAnalysesQuerySchema, skillAnalysisComparisonSchema, skillAnalysisPageSchema, skillAnalysisParamsSchema, skillAnalysisSchema } from '#shared/contracts/career-stories.ts';
import { pageQuerySchema } from '#shared/contracts/common.ts';
import type { CareerDeps } from './career-deps.ts';
import { getCareerHome } from './career-home.service.ts';
import * as analyses from './skill-analyses.service.ts';

const tags = ['career'];

/** Skill-gap analyses over the postings marked as targets: started here, run in the background, compared. */
export const skillAnalysesRoutes: FastifyPluginAsyncZod<{ deps: CareerDeps }> = async (app, { deps }) => {
  app.get(
    '/api/career/home',
    { schema: { tags, summary: 'The career home: applications per stage, reply rate and median days to a reply, follow-ups due, top gaps, the next step', response: { 200: careerHomeSchema } } },
    async (request) => getCareerHome(deps, callerOf(request)),
  );
  app.post(
    '/api/career/skill-analyses',
    { schema: { tags, summary: 'Analyse your skill gaps across your target postings (runs in the background; follow its progress)', response: { 202: skillAnalysisSchema } } },
    async (request, reply) => reply.status(202).send(await analyses.startSkillAnalysis(deps, callerOf(request))),
  );
  app.get(
    '/api/career/skill-analyses',
    { schema: { tags, summary: 'Your skill-gap analyses, the latest first', querystring: pageQuerySchema, response: { 200: skillAnalysisPageSchema } } },
    async (request) => analyses.listSkillAnalyses(deps, callerOf(request), request.query),
  );
  app.get(
    '/api/career/skill-analyses/:analysisId',
    { schema: { tags, summary: 'One analysis: its progress and, once complete, the ranked gaps', params: skillAnalysisParamsSchema, response: { 200: skillAnalysisSchema } } },
    async (request) => analyses.getSkillAnalysis(deps, callerOf(request), request.params.analysisId),
  );
  app.get(
    '/api/career/skill-analyses/:analysisId/compare',
    {
      schema: {
        tags,
        summary: 'Compare two of your analyses: gaps closed, opened and moved (?with= the other one)',
        params: skillAnalysisParamsSchema,
        querystring: compareAnalysesQuerySchema,
        response: { 200: skillAnalysisComparisonSchema },
      },
    },
    async (request) => analyses.compareSkillAnalyses(deps, callerOf(request), request.params.analysisId, request.query.with),
  );
};
