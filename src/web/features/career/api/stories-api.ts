import { importResultSchema, libraryProposalSchema, type ImportResult, type LibraryImport, type LibraryProposal } from '#shared/contracts/career.ts';
import { experienceSchema, type Experience, type ExperienceBody } from '#shared/contracts/career.ts';
import {
  careerHomeSchema,
  conversationPageSchema,
  conversationSchema,
  skillAnalysisComparisonSchema,
  skillAnalysisPageSchema,
  skillAnalysisSchema,
  type CareerHome,
  type Conversation,
  type ConversationPage,
  type SkillAnalysis,
  type SkillAnalysisComparison,
  type SkillAnalysisPage,
} from '#shared/contracts/career-stories.ts';
import { jobPostingPageSchema, jobPostingSchema, type JobPosting, type JobPostingPage } from '#shared/contracts/career-jobs.ts';
import { pageParams, type PageNumber } from '#shared/contracts/common.ts';
import type { ApiClient } from '#web/app/api-client.ts';
import { readEventStream } from '#web/features/practice/api/read-event-stream.ts';
import { z } from 'zod';

const conversationPath = (id: string) => `/api/career/conversations/${encodeURIComponent(id)}`;
const analysisPath = (id: string) => `/api/career/skill-analyses/${encodeURIComponent(id)}`;

// Import and export
export function proposeFromCv(client: ApiClient): Promise<LibraryProposal> {
  return client.get('/api/career/import/cv', { schema: libraryProposalSchema });
}
export function proposeFromJsonResume(client: ApiClient, document: Record<string, unknown>): Promise<LibraryProposal> {
  return client.post('/api/career/import/json-resume', { document }, { schema: libraryProposalSchema });
}
export function commitImport(client: ApiClient, body: LibraryImport): Promise<ImportResult> {
  return client.post('/api/career/import', body, { schema: importResultSchema });
}
export const exportUrls = { jsonResume: '/api/career/export/json-resume', parley: '/api/career/export/parley' };

// Conversations
export function findConversations(client: ApiClient, page: PageNumber): Promise<ConversationPage> {
  return client.get(`/api/career/conversations?${pageParams(page).toString()}`, { schema: conversationPageSchema });
}
export function startConversation(client: ApiClient, topic: string): Promise<Conversation> {
  return client.post('/api/career/conversations', { topic }, { schema: conversationSchema });
}
export function getConversation(client: ApiClient, id: string): Promise<Conversation> {
  return client.get(conversationPath(id), { schema: conversationSchema });
}
export function sendMessage(client: ApiClient, id: string, content: string): Promise<Conversation> {
  return client.post(`${conversationPath(id)}/messages`, { content }, { schema: conversationSchema });
}
export function saveStory(client: ApiClient, id: string, body: Omit<ExperienceBody, 'conversationId'>): Promise<Experience> {
  return client.post(`${conversationPath(id)}/experience`, body, { schema: experienceSchema });
}

const deltaSchema = z.object({ text: z.string() });
const errorSchema = z.object({ message: z.string() });

/**
 * Sends a message through the streaming route, handing the assistant's words to `onDelta` as they come. If the stream
 * cannot be used or breaks, the conversation is read again: when the message is not in it, it goes through the plain
 * route (which reports a 4xx in the server's words); otherwise the saved state is the result.
 */
export async function streamMessage(client: ApiClient, id: string, content: string, onDelta: (text: string) => void): Promise<Conversation> {
  try {
    const response = await fetch(`${conversationPath(id)}/messages/stream`, {
      method: 'POST',
      credentials: 'include',
      headers: { accept: 'text/event-stream', 'content-type': 'application/json' },
      body: JSON.stringify({ content }),
    });
    if (!response.ok || !response.body) throw new Error(`The stream answered ${response.status}.`);
    for await (const event of readEventStream(response.body)) {
      const data: unknown = JSON.parse(event.data);
      if (event.event === 'delta') onDelta(deltaSchema.parse(data).text);
      else if (event.event === 'state') return conversationSchema.parse(data);
      else if (event.event === 'error') throw new Error(errorSchema.parse(data).message);
    }
    throw new Error('The stream ended before the assistant replied.');
  } catch {
    const current = await getConversation(client, id);
    const last = current.messages.findLast((message) => message.role === 'user');
    return last?.content === content.trim() ? current : sendMessage(client, id, content);
  }
}

// Targets and skill gaps
export function findPostings(client: ApiClient, page: PageNumber): Promise<JobPostingPage> {
  return client.get(`/api/career/job-postings?${pageParams(page).toString()}`, { schema: jobPostingPageSchema });
}
export function setTarget(client: ApiClient, postingId: string, isTarget: boolean): Promise<JobPosting> {
  return client.patch(`/api/career/job-postings/${encodeURIComponent(postingId)}`, { isTarget }, { schema: jobPostingSchema });
}
export function findAnalyses(client: ApiClient, page: PageNumber): Promise<SkillAnalysisPage> {
  return client.get(`/api/career/skill-analyses?${pageParams(page).toString()}`, { schema: skillAnalysisPageSchema });
}
export function startAnalysis(client: ApiClient): Promise<SkillAnalysis> {
  return client.post('/api/career/skill-analyses', undefined, { schema: skillAnalysisSchema });
}
export function getAnalysis(client: ApiClient, id: string): Promise<SkillAnalysis> {
  return client.get(analysisPath(id), { schema: skillAnalysisSchema });
}
export function compareAnalyses(client: ApiClient, id: string, otherId: string): Promise<SkillAnalysisComparison> {
  return client.get(`${analysisPath(id)}/compare?with=${encodeURIComponent(otherId)}`, { schema: skillAnalysisComparisonSchema });
}

export function getCareerHome(client: ApiClient): Promise<CareerHome> {
  return client.get('/api/career/home', { schema: careerHomeSchema });
}
