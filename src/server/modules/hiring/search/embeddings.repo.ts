import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { candidates, jobs } from '#server/db/schema/index.ts';

export type StoredEmbedding = { vector: number[]; model: string };

/** Sets a job's embedding without touching updated_at: nothing the recruiter sees changed. */
export async function saveJobEmbedding(db: Db, jobId: string, embedding: StoredEmbedding): Promise<void> {
  await db
    .update(jobs)
    .set({ embedding: embedding.vector, embeddingModel: embedding.model, updatedAt: sql`${jobs.updatedAt}` })
    .where(eq(jobs.id, jobId));
}

export async function saveCandidateEmbedding(db: Db, candidateId: string, embedding: StoredEmbedding): Promise<void> {
  await db
    .update(candidates)
    .set({ embedding: embedding.vector, embeddingModel: embedding.model, updatedAt: sql`${candidates.updatedAt}` })
    .where(eq(candidates.id, candidateId));
}

/** A page of jobs without an embedding of this model, in id order after `afterId`. */
export async function findJobsToEmbed(db: Db, model: string, afterId: string, limit: number) {
  return db
    .select({ id: jobs.id, title: jobs.title, description: jobs.description })
    .from(jobs)
    .where(and(sql`${jobs.embeddingModel} is distinct from ${model}`, gt(jobs.id, afterId)))
    .orderBy(asc(jobs.id))
    .limit(limit);
}

export async function findCandidatesToEmbed(db: Db, model: string, afterId: string, limit: number) {
  return db
    .select({ id: candidates.id, name: candidates.name, email: candidates.email, phone: candidates.phone, profile: candidates.profile })
    .from(candidates)
    .where(and(sql`${candidates.embeddingModel} is distinct from ${model}`, gt(candidates.id, afterId)))
    .orderBy(asc(candidates.id))
    .limit(limit);
}
