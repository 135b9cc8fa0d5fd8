import { z } from 'zod';
import { batchSchema, batchSummarySchema, type Batch } from '#shared/contracts/hiring.ts';
import type { ApiClient } from '#web/app/api-client.ts';

type BatchSummary = z.infer<typeof batchSummarySchema>;

/** Sends the chosen files (PDF, DOCX, TXT or ZIP) in "files" fields; screening then runs in the background. */
export function uploadCvs(client: ApiClient, jobId: string, files: readonly File[]): Promise<{ id: string }> {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  return client.post(`/api/jobs/${encodeURIComponent(jobId)}/batches`, form, { schema: z.object({ id: z.string() }) });
}

export function findJobBatches(client: ApiClient, jobId: string): Promise<BatchSummary[]> {
  return client.get(`/api/jobs/${encodeURIComponent(jobId)}/batches`, { schema: z.array(batchSummarySchema) });
}

export function getBatch(client: ApiClient, batchId: string): Promise<Batch> {
  return client.get(`/api/batches/${encodeURIComponent(batchId)}`, { schema: batchSchema });
}
