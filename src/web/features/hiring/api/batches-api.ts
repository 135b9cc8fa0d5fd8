import { pageParams, type PageNumber } from '#shared/contracts/common.ts';
import { batchPageSchema, batchSchema, startedBatchSchema, type Batch, type BatchPage } from '#shared/contracts/hiring.ts';
import type { ApiClient } from '#web/app/api-client.ts';

/** Sends the chosen files (PDF, DOCX, TXT or ZIP) in "files" fields; screening then runs in the background. */
export function uploadCvs(client: ApiClient, jobId: string, files: readonly File[]): Promise<{ id: string }> {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  return client.post(`/api/jobs/${encodeURIComponent(jobId)}/batches`, form, { schema: startedBatchSchema });
}

/** One page of a job's CV uploads, newest first. */
export function findJobBatches(client: ApiClient, jobId: string, page: PageNumber): Promise<BatchPage> {
  const query = pageParams(page);
  return client.get(`/api/jobs/${encodeURIComponent(jobId)}/batches?${query.toString()}`, { schema: batchPageSchema });
}

export function getBatch(client: ApiClient, batchId: string): Promise<Batch> {
  return client.get(`/api/batches/${encodeURIComponent(batchId)}`, { schema: batchSchema });
}
