import { randomUUID } from 'node:crypto';
import type { Db } from '#server/db/client.ts';
import { candidates, jobs, users, workspaceMembers, workspaces, type CandidateStatus, type WorkspaceRole } from '#server/db/schema/index.ts';
import type { Caller } from '#server/platform/access/index.ts';

/** Inserts a user row directly and returns them as a caller (tests of services that take the caller explicitly need no session). */
export async function insertUser(db: Db, name: string): Promise<Caller> {
  const [row] = await db.insert(users).values({ name, email: `${name.toLowerCase().replace(/\W+/g, '.')}.${randomUUID().slice(0, 8)}@example.test` }).returning({ id: users.id });
  return { userId: row!.id, role: 'user' };
}

export async function insertWorkspace(db: Db, owner: { userId: string }, name = 'Acme hiring'): Promise<string> {
  const [row] = await db.insert(workspaces).values({ name, ownerId: owner.userId }).returning({ id: workspaces.id });
  await addMember(db, row!.id, owner, 'owner');
  return row!.id;
}

export async function addMember(db: Db, workspaceId: string, user: { userId: string }, role: WorkspaceRole): Promise<void> {
  await db.insert(workspaceMembers).values({ workspaceId, userId: user.userId, role });
}

/** Inserts a job directly (no parsing): for tests that need candidates, not screening. */
export async function insertJob(db: Db, workspaceId: string, job: { title: string; blindScreening?: boolean }): Promise<string> {
  const [row] = await db.insert(jobs).values({ workspaceId, title: job.title, description: `${job.title}.`, blindScreening: job.blindScreening ?? false }).returning({ id: jobs.id });
  return row!.id;
}

export type SeedCandidate = { name: string | null; email?: string | null; phone?: string | null; score?: number; skills?: string[]; status?: CandidateStatus };

/** Inserts a screened candidate of a job directly, as the pipeline would leave it, without reading a CV. */
export async function insertCandidate(db: Db, job: { workspaceId: string; jobId: string }, candidate: SeedCandidate): Promise<string> {
  const [row] = await db
    .insert(candidates)
    .values({
      workspaceId: job.workspaceId,
      jobId: job.jobId,
      name: candidate.name,
      email: candidate.email ?? null,
      phone: candidate.phone ?? null,
      overallScore: candidate.score ?? 50,
      matchedSkills: candidate.skills ?? [],
      status: candidate.status ?? 'new',
      recommendation: 'Maybe',
    })
    .returning({ id: candidates.id });
  return row!.id;
}
