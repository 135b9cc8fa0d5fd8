import type { Logger } from '#server/platform/logger.ts';
import type { Resume } from '#shared/ai/resume.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';
import { saveJobEmbedding, type StoredEmbedding } from './embeddings.repo.ts';
import { candidateDocument, jobDocument, type CandidateIdentity } from './search-documents.ts';

type EmbedDeps = Pick<HiringDeps, 'embedder' | 'log'>;

/** An all-zero vector has no direction: cosine similarity with it is undefined (pgvector answers NaN). */
export function isUsableVector(vector: readonly number[] | undefined): vector is number[] {
  return vector !== undefined && vector.some((value) => value !== 0);
}

/**
 * One text's embedding from the configured provider, or undefined — without a provider, for an empty text, or when
 * the call fails. Never throws: a failure is logged and the caller goes on without semantic search for this text.
 */
export async function embedText(deps: EmbedDeps, text: string, context: Record<string, unknown>, log: Logger = deps.log): Promise<StoredEmbedding | undefined> {
  if (!deps.embedder || !text) return undefined;
  try {
    const [vector] = await deps.embedder.embed([text]);
    return isUsableVector(vector) ? { vector, model: deps.embedder.model } : undefined;
  } catch (error) {
    log.warn({ err: error, ...context }, 'could not embed the text; going on without semantic search for it');
    return undefined;
  }
}

/** After a job is created or its text changes; a job left without an embedding is embedded at the next start. */
export async function embedJob(deps: HiringDeps, job: { id: string; title: string; description: string }): Promise<void> {
  const embedding = await embedText(deps, jobDocument(job), { jobId: job.id });
  if (embedding) await saveJobEmbedding(deps.db, job.id, embedding);
}

/** The embedding a screened CV is stored with, or undefined. */
export async function embedCv(deps: EmbedDeps, resume: Resume, identity: CandidateIdentity, log: Logger): Promise<StoredEmbedding | undefined> {
  // Without a provider the masked document is never read: building it costs as much as matching the CV.
  if (!deps.embedder) return undefined;
  return embedText(deps, candidateDocument(resume, identity), { purpose: 'candidate' }, log);
}
