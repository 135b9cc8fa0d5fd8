import { type z } from 'zod';
import { applicationPageSchema, applicationSchema, type Application, type ApplicationPage } from '#shared/contracts/career-jobs.ts';
import type { createApplicationBodySchema, updateApplicationBodySchema } from '#shared/contracts/career-jobs.ts';
import { pageParams, type PageNumber } from '#shared/contracts/common.ts';
import type { JobApplicationStatus } from '#shared/vocabulary.ts';
import type { ApiClient } from '#web/app/api-client.ts';

export type ApplicationFilter = PageNumber & { status?: JobApplicationStatus | undefined; q: string };
export type NewApplication = z.input<typeof createApplicationBodySchema>;
export type ApplicationChanges = z.input<typeof updateApplicationBodySchema>;

const one = (id: string) => `/api/career/applications/${encodeURIComponent(id)}`;

export function findApplications(client: ApiClient, filter: ApplicationFilter): Promise<ApplicationPage> {
  const params = pageParams(filter);
  if (filter.status) params.set('status', filter.status);
  if (filter.q.trim()) params.set('q', filter.q.trim());
  return client.get(`/api/career/applications?${params.toString()}`, { schema: applicationPageSchema });
}
export function getApplication(client: ApiClient, id: string): Promise<Application> {
  return client.get(one(id), { schema: applicationSchema });
}
export function createApplication(client: ApiClient, body: NewApplication): Promise<Application> {
  return client.post('/api/career/applications', body, { schema: applicationSchema });
}
export function updateApplication(client: ApiClient, id: string, changes: ApplicationChanges): Promise<Application> {
  return client.patch(one(id), changes, { schema: applicationSchema });
}
export function updateStage(client: ApiClient, id: string, stageId: string, at: string): Promise<Application> {
  return client.patch(`${one(id)}/stages/${encodeURIComponent(stageId)}`, { at }, { schema: applicationSchema });
}
/** The address of the CSV export (a download the browser fetches with the session cookie). */
export function exportUrl(range: { from: string; to: string }): string {
  const params = new URLSearchParams();
  if (range.from) params.set('from', range.from);
  if (range.to) params.set('to', range.to);
  return `/api/career/applications/export.csv${params.size ? `?${params.toString()}` : ''}`;
}
