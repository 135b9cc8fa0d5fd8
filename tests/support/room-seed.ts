import fs from 'node:fs';
import { jobs, resumes, candidates } from '#server/db/schema/index.ts';
import type { Db } from '#server/db/client.ts';

const fixture = (name: string) => fs.readFileSync(new URL(`../fixtures/interviews/${name}`, import.meta.url), 'utf8');
export const roomJobDescription = fixture('room-job.txt');
export const roomCvText = fixture('room-cv.txt');

/** A job and a screened candidate with the CV's text, in a workspace, as screening would leave them. */
export async function insertJobAndCandidate(db: Db, query: { workspaceId: string; userId: string }) {
  const [job] = await db.insert(jobs).values({ workspaceId: query.workspaceId, createdBy: query.userId, title: 'Senior Backend Engineer (Payments)', description: roomJobDescription }).returning({ id: jobs.id });
  const [resume] = await db
    .insert(resumes)
    .values({ workspaceId: query.workspaceId, uploadedBy: query.userId, fileName: 'dana-whitfield-cv.txt', storagePath: `test/${job!.id}.txt`, rawText: roomCvText })
    .returning({ id: resumes.id });
  const [candidate] = await db
    .insert(candidates)
    .values({ workspaceId: query.workspaceId, jobId: job!.id, resumeId: resume!.id, name: 'Dana Whitfield', email: 'dana.whitfield@example.org', overallScore: 78 })
    .returning({ id: candidates.id });
  return { jobId: job!.id, candidateId: candidate!.id };
}
