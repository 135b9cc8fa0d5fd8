import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '#server/platform/access/index.ts';
import {
  bookedInterviewSchema,
  bookInterviewBodySchema,
  cancelBodySchema,
  conflictsQuerySchema,
  draftedQuestionsSchema,
  draftQuestionsBodySchema,
  offerSlotsBodySchema,
  panelConflictsSchema,
  timeOptionsSchema,
  interviewPageSchema,
  interviewParamsSchema,
  interviewSchema,
  interviewWorkspaceParamsSchema,
  listInterviewsQuerySchema,
  rescheduleBodySchema,
  rsvpSchema,
  updatePanelBodySchema,
} from '#shared/contracts/interviews.ts';
import { interviewSettingsBodySchema, interviewSettingsSchema } from '#shared/contracts/interview-settings.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { bookInterview, draftQuestions } from './book-interview.ts';
import { cancelInterview, rescheduleInterview, updatePanel } from './change-interview.ts';
import { findConflicts, listTimeOptions, offerSlots } from './time-options.ts';
import { changeInterviewSettings, getInterviewSettings } from './reminder-settings.ts';
import { answerAsPanelist, downloadInvite, getInterview, listInterviews } from './interviews.service.ts';

const tags = ['interviews'];

export const interviewsRoutes: FastifyPluginAsyncZod<{ deps: InterviewsDeps }> = async (app, { deps }) => {
  app.post(
    '/api/workspaces/:workspaceId/interviews',
    {
      schema: {
        tags,
        summary: 'Book an interview: invitations go out, reminders are planned, the room gets its two links (owner, recruiter)',
        params: interviewWorkspaceParamsSchema,
        body: bookInterviewBodySchema,
        response: { 201: bookedInterviewSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await bookInterview(deps, callerOf(request), request.params.workspaceId, request.body)),
  );

  app.get(
    '/api/workspaces/:workspaceId/interviews',
    { schema: { tags, summary: "The workspace's interviews by start time (any member)", params: interviewWorkspaceParamsSchema, querystring: listInterviewsQuerySchema, response: { 200: interviewPageSchema } } },
    async (request) => listInterviews(deps, callerOf(request), request.params.workspaceId, request.query),
  );

  app.get(
    '/api/workspaces/:workspaceId/interview-settings',
    { schema: { tags, summary: "The workspace's reminder settings in force, its own and the installation's (any member)", params: interviewWorkspaceParamsSchema, response: { 200: interviewSettingsSchema } } },
    async (request) => getInterviewSettings(deps, callerOf(request), request.params.workspaceId),
  );

  app.patch(
    '/api/workspaces/:workspaceId/interview-settings',
    {
      schema: {
        tags,
        summary: "Set the workspace's reminder offsets and scorecard follow-up (null: the installation's); new bookings and changes use them (owner)",
        params: interviewWorkspaceParamsSchema,
        body: interviewSettingsBodySchema,
        response: { 200: interviewSettingsSchema },
      },
    },
    async (request) => changeInterviewSettings(deps, callerOf(request), request.params.workspaceId, request.body),
  );

  app.get(
    '/api/workspaces/:workspaceId/interviews/mine',
    { schema: { tags, summary: 'The interviews where I sit on the panel', params: interviewWorkspaceParamsSchema, querystring: listInterviewsQuerySchema, response: { 200: interviewPageSchema } } },
    async (request) => listInterviews(deps, callerOf(request), request.params.workspaceId, { ...request.query, mine: true }),
  );

  app.post(
    '/api/workspaces/:workspaceId/interviews/questions',
    { schema: { tags, summary: 'Draft the questions for a job (and a candidate\'s CV) to edit before booking (owner, recruiter)', params: interviewWorkspaceParamsSchema, body: draftQuestionsBodySchema, response: { 200: draftedQuestionsSchema } } },
    async (request) => draftQuestions(deps, callerOf(request), request.params.workspaceId, request.body),
  );

  app.get(
    '/api/workspaces/:workspaceId/interviews/conflicts',
    { schema: { tags, summary: 'Panelists already on another open interview at that time, to warn before saving (any member)', params: interviewWorkspaceParamsSchema, querystring: conflictsQuerySchema, response: { 200: panelConflictsSchema } } },
    async (request) => findConflicts(deps, callerOf(request), request.params.workspaceId, request.query),
  );

  app.get(
    '/api/interviews/:id/time-options',
    { schema: { tags, summary: "The candidate's answer, the times they proposed and the slots offered to them (any member)", params: interviewParamsSchema, response: { 200: timeOptionsSchema } } },
    async (request) => listTimeOptions(deps, callerOf(request), request.params.id),
  );

  app.post(
    '/api/interviews/:id/offers',
    { schema: { tags, summary: 'Offer the candidate 2–5 slots to pick from; replaces an earlier offer (owner, recruiter)', params: interviewParamsSchema, body: offerSlotsBodySchema, response: { 201: timeOptionsSchema } } },
    async (request, reply) => reply.status(201).send(await offerSlots(deps, callerOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/interviews/:id',
    { schema: { tags, summary: 'One interview with its panel and questions (any member)', params: interviewParamsSchema, response: { 200: interviewSchema } } },
    async (request) => getInterview(deps, callerOf(request), request.params.id),
  );

  app.get(
    '/api/interviews/:id/invite.ics',
    { schema: { tags, summary: 'The calendar invitation as it stands (text/calendar)', params: interviewParamsSchema } },
    async (request, reply) => {
      const ics = await downloadInvite(deps, callerOf(request), request.params.id);
      return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'attachment; filename="invite.ics"').send(ics);
    },
  );

  app.patch(
    '/api/interviews/:id',
    { schema: { tags, summary: 'Reschedule: same UID, SEQUENCE + 1, reminders rewritten (owner, recruiter)', params: interviewParamsSchema, body: rescheduleBodySchema, response: { 200: interviewSchema.extend({ warnings: z.array(z.string()) }) } } },
    async (request) => rescheduleInterview(deps, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/interviews/:id/cancel',
    { schema: { tags, summary: 'Cancel: METHOD:CANCEL to everyone, reminders removed (owner, recruiter)', params: interviewParamsSchema, body: cancelBodySchema, response: { 200: interviewSchema } } },
    async (request) => cancelInterview(deps, callerOf(request), request.params.id, request.body ?? {}),
  );

  app.put(
    '/api/interviews/:id/panel',
    { schema: { tags, summary: 'Replace the panel: removed panelists get a CANCEL, the rest an update (owner, recruiter)', params: interviewParamsSchema, body: updatePanelBodySchema, response: { 200: interviewSchema } } },
    async (request) => updatePanel(deps, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/interviews/:id/rsvp',
    { schema: { tags, summary: 'Answer the invitation as a panelist', params: interviewParamsSchema, body: z.object({ rsvp: rsvpSchema }).strict(), response: { 200: interviewSchema } } },
    async (request) => answerAsPanelist(deps, callerOf(request), request.params.id, request.body.rsvp),
  );
};
