import { and, asc, desc, eq, inArray, ne, not, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '#server/db/client.ts';
import { candidates, jobs, workspaces, type CandidateStatus } from '#server/db/schema/index.ts';
import type { PageQuery } from '#shared/contracts/common.ts';
import { revealed } from '#server/modules/hiring/candidates/candidates.repo.ts';

/**
 * One person across the jobs of a workspace (decision 047): applications with the same email (trimmed, any case) are one
 * person; an application without an email is matched by its phone's last ten digits (of 7 or more); else it is a person of its own.
 * Applications that blind screening hides are never linked to anyone.
 */

const phoneLength = 10;
const normalisedEmail = sql<string | null>`nullif(lower(btrim(${candidates.email})), '')`;
const phoneDigits = sql<string>`regexp_replace(coalesce(${candidates.phone}, ''), '[^0-9]', '', 'g')`;
/** The last ten digits, so "+1 (555) 010-2000" and "555 010 2000", or "+44 20 7946 0958" and "020 7946 0958", agree. */
const phoneNumber = sql<string>`right(${phoneDigits}, ${sql.raw(String(phoneLength))})`;
const personKey = sql<string>`coalesce(${normalisedEmail}, case when length(${phoneDigits}) >= 7 then 'tel:' || ${phoneNumber} end, 'id:' || ${candidates.id}::text)`;

/** The applications blind screening does not hide: the job (or workspace) is not blind, or the candidate was moved forward. */
const visible: SQL = or(not(sql`(${jobs.blindScreening} or ${workspaces.blindScreening})`), revealed())!;

const applicationColumns = {
  candidateId: candidates.id,
  jobId: candidates.jobId,
  jobTitle: jobs.title,
  stageNames: jobs.stageNames,
  score: candidates.overallScore,
  recommendation: candidates.recommendation,
  stage: candidates.status,
  appliedAt: candidates.createdAt,
};

export type ApplicationRecord = {
  candidateId: string;
  jobId: string;
  jobTitle: string;
  stageNames: Partial<Record<CandidateStatus, string>>;
  score: number;
  recommendation: string | null;
  stage: CandidateStatus;
  appliedAt: Date;
};

/** The other visible applications of the person a visible candidate is, best score first. */
export async function findOtherApplications(db: Db, candidate: { id: string; workspaceId: string; email: string | null; phone: string | null }): Promise<ApplicationRecord[]> {
  const email = candidate.email?.trim().toLowerCase() || null;
  const digits = (candidate.phone ?? '').replace(/\D/g, '');
  const samePerson = [email ? sql`${normalisedEmail} = ${email}` : undefined, digits.length >= 7 ? sql`length(${phoneDigits}) >= 7 and ${phoneNumber} = ${digits.slice(-phoneLength)}` : undefined].filter((condition) => condition !== undefined);
  if (samePerson.length === 0) return [];
  return db
    .select(applicationColumns)
    .from(candidates)
    .innerJoin(jobs, eq(jobs.id, candidates.jobId))
    .innerJoin(workspaces, eq(workspaces.id, candidates.workspaceId))
    .where(and(eq(candidates.workspaceId, candidate.workspaceId), ne(candidates.id, candidate.id), visible, or(...samePerson)))
    .orderBy(desc(candidates.overallScore), asc(candidates.createdAt), asc(candidates.id));
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** Whether a visible application matches the search: a part of the name, email or phone, or of one of its skills. */
function matchesSearch(q: string): SQL {
  const pattern = likePattern(q);
  const digits = q.replace(/\D/g, '');
  const conditions = [
    sql`${candidates.name} ilike ${pattern}`,
    sql`${candidates.email} ilike ${pattern}`,
    sql`exists (select 1 from unnest(${candidates.matchedSkills} || ${candidates.additionalSkills}) as s(name) where s.name ilike ${pattern})`,
  ];
  if (digits.length >= 3) conditions.push(sql`${phoneDigits} like ${likePattern(digits)}`);
  return or(...conditions)!;
}

export type PersonRecord = { key: string; name: string | null; email: string | null; phone: string | null };

/**
 * One page of the persons of a workspace with an application matching the search, by name (then key) in the
 * database, and how many persons match.
 */
export async function findPersonPage(db: Db, query: { workspaceId: string; q: string } & PageQuery): Promise<{ rows: PersonRecord[]; total: number }> {
  const inWorkspace = and(eq(candidates.workspaceId, query.workspaceId), visible)!;
  const persons = db
    .select({
      key: sql<string>`${personKey}`.as('person_key'),
      name: sql<string | null>`max(${candidates.name})`.as('person_name'),
      email: sql<string | null>`max(${candidates.email})`.as('person_email'),
      phone: sql<string | null>`max(${candidates.phone})`.as('person_phone'),
      matches: sql<number>`count(*) filter (where ${matchesSearch(query.q)})`.as('person_matches'),
    })
    .from(candidates)
    .innerJoin(jobs, eq(jobs.id, candidates.jobId))
    .innerJoin(workspaces, eq(workspaces.id, candidates.workspaceId))
    .where(inWorkspace)
    .groupBy(personKey)
    .as('persons');
  const matching = sql`${persons.matches} > 0`;
  const [rows, [counted]] = await Promise.all([
    db
      .select({ key: persons.key, name: persons.name, email: persons.email, phone: persons.phone })
      .from(persons)
      .where(matching)
      .orderBy(sql`lower(${persons.name}) asc nulls last`, asc(persons.key))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(persons).where(matching),
  ]);
  return { rows, total: counted?.total ?? 0 };
}

/** The visible applications of the given persons, each with its person's key, best score first. */
export async function findPersonApplications(db: Db, workspaceId: string, keys: readonly string[]): Promise<(ApplicationRecord & { personKey: string })[]> {
  if (keys.length === 0) return [];
  return db
    .select({ ...applicationColumns, personKey: sql<string>`${personKey}` })
    .from(candidates)
    .innerJoin(jobs, eq(jobs.id, candidates.jobId))
    .innerJoin(workspaces, eq(workspaces.id, candidates.workspaceId))
    .where(and(eq(candidates.workspaceId, workspaceId), visible, inArray(personKey, [...keys])))
    .orderBy(desc(candidates.overallScore), asc(candidates.createdAt), asc(candidates.id));
}
