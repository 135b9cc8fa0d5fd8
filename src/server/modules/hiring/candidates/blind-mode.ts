import { eq } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { jobs, workspaces } from '#server/db/schema/index.ts';

/** Blind screening applies when the job or its whole workspace turned it on. */
export async function isBlindJob(db: Db, jobId: string): Promise<boolean> {
  const [row] = await db
    .select({ job: jobs.blindScreening, workspace: workspaces.blindScreening })
    .from(jobs)
    .innerJoin(workspaces, eq(workspaces.id, jobs.workspaceId))
    .where(eq(jobs.id, jobId));
  return Boolean(row?.job || row?.workspace);
}
