import { randomUUID } from 'node:crypto';
import type { Db } from '#server/db/client.ts';
import { candidates, resumes } from '#server/db/schema/index.ts';
import { insertJob, insertWorkspace } from './hiring-seed.ts';

const skillPool = ['TypeScript', 'Node.js', 'PostgreSQL', 'React', 'Docker', 'Kubernetes', 'AWS', 'GraphQL', 'Redis', 'Python', 'Go', 'Terraform', 'Kafka', 'CI/CD', 'Linux', 'SQL'];
const recommendations = ['Strong Hire', 'Hire', 'Maybe', 'Pass'] as const;
const statuses = ['new', 'new', 'new', 'shortlisted', 'rejected'] as const;

function pick<T>(list: readonly T[], index: number, count: number): T[] {
  return Array.from({ length: count }, (_, offset) => list[(index * 7 + offset * 3) % list.length]!);
}

/**
 * 1,000 candidates as the screening pipeline leaves them (a stored CV, score parts, experience, evidence and an
 * embedding), so a query that reads whole rows pays what it would in use. Multi-row inserts: a few seconds.
 */
export async function seedRankedJob(db: Db, ownerId: string, candidateCount = 1000): Promise<string> {
  const workspaceId = await insertWorkspace(db, { userId: ownerId }, 'Bench hiring');
  const jobId = await insertJob(db, workspaceId, { title: 'Senior Backend Engineer' });
  const cvText = 'Built and ran payment services in TypeScript and PostgreSQL for eight years. '.repeat(40);
  for (let start = 0; start < candidateCount; start += 200) {
    const indexes = Array.from({ length: Math.min(200, candidateCount - start) }, (_, offset) => start + offset);
    const resumeRows = await db
      .insert(resumes)
      .values(indexes.map((index) => ({ workspaceId, uploadedBy: ownerId, fileName: `cv-${index}.pdf`, storagePath: `bench/${randomUUID()}.pdf`, sizeBytes: 48_000, mimeType: 'application/pdf', rawText: cvText, processingStatus: 'parsed' as const })))
      .returning({ id: resumes.id });
    await db.insert(candidates).values(
      indexes.map((index, position) => ({
        workspaceId,
        jobId,
        resumeId: resumeRows[position]!.id,
        name: `Candidate Person ${index}`,
        email: `candidate.${index}@example.test`,
        phone: `+1 555 ${String(index).padStart(4, '0')}`,
        location: 'Lisbon, Portugal',
        profile: { basics: { name: `Candidate Person ${index}`, summary: 'Backend engineer.' }, skills: pick(skillPool, index, 8).map((name) => ({ name })) },
        overallScore: (index * 37) % 101,
        scoreComponents: ['skills', 'experience', 'education', 'semantic'].map((name) => ({ name, value: ((index * 13) % 100) / 100, weight: 0.25, detail: `${name} matched on several requirements of the job.` })),
        professionalAssessment: 'A solid backend engineer with relevant experience.',
        experience: Array.from({ length: 4 }, (_, job) => ({ name: `Company ${job}`, position: 'Engineer', startDate: `201${job}-01`, endDate: `201${job + 1}-06`, summary: 'Owned the billing services. '.repeat(5) })),
        education: [{ institution: 'University of Lisbon', area: 'Computer Science', studyType: 'BSc' }],
        rankReasoning: 'Matches most required skills; some years short of the ideal.',
        recommendation: recommendations[index % recommendations.length],
        matchedSkills: pick(skillPool, index, 6),
        missingSkills: pick(skillPool, index + 3, 3),
        additionalSkills: pick(skillPool, index + 5, 4),
        missingNiceToHaveSkills: pick(skillPool, index + 1, 2),
        evidence: Array.from({ length: 6 }, (_, quote) => ({ component: 'skills', text: 'TypeScript and PostgreSQL', start: quote * 80, end: quote * 80 + 25 })),
        status: statuses[index % statuses.length],
        embedding: Array.from({ length: 384 }, (_, dim) => Math.sin(index + dim)),
        embeddingModel: 'bench',
      })),
    );
  }
  return jobId;
}

