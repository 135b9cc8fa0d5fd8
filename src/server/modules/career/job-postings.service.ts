import { createHash } from 'node:crypto';
import { parseJobTask } from '#server/ai/index.ts';
import { AppError } from '#server/platform/errors.ts';
import type { Caller } from '#server/platform/access/index.ts';
import type { ParsedJob } from '#shared/ai/job.ts';
import type { CreateJobPostingBody, JobPosting, JobPostingPage } from '#shared/contracts/career-jobs.ts';
import { toPage, type PageQuery } from '#shared/contracts/common.ts';
import type { CareerDeps } from './career-deps.ts';
import * as repo from './job-postings.repo.ts';
import { fetchJobPage } from './fetch-job-page.ts';
import { readJobPage } from './read-job-page.ts';

const dayMs = 86_400_000;

export function parsedOf(row: repo.JobPostingRow): ParsedJob | null {
  return (row.parsed as ParsedJob | null) ?? null;
}

/** The skills a posting asks for, must-haves first, each once. */
export function postingSkills(row: repo.JobPostingRow): { name: string; required: boolean }[] {
  const parsed = parsedOf(row);
  const seen = new Set<string>();
  const skills: { name: string; required: boolean }[] = [];
  for (const [list, required] of [[parsed?.mustHave ?? [], true], [parsed?.niceToHave ?? [], false]] as const) {
    for (const skill of list) {
      if (seen.has(skill.name.toLowerCase())) continue;
      seen.add(skill.name.toLowerCase());
      skills.push({ name: skill.name, required });
    }
  }
  return skills;
}

export function toJobPosting(row: repo.JobPostingRow, now: Date): JobPosting {
  const skills = postingSkills(row);
  const since = row.datePosted ? new Date(`${row.datePosted}T00:00:00Z`) : row.createdAt;
  return {
    id: row.id,
    jobTitle: row.jobTitle,
    companyName: row.companyName,
    location: row.location,
    remote: row.remoteOk,
    skills: skills.map((skill) => skill.name),
    mustHave: skills.filter((skill) => skill.required).map((skill) => skill.name),
    niceToHave: skills.filter((skill) => !skill.required).map((skill) => skill.name),
    description: row.description,
    url: row.url,
    source: row.source,
    readingSucceeded: row.scrapingSuccess,
    readingError: row.scrapingError,
    datePosted: row.datePosted,
    validThrough: row.validThrough,
    expired: row.validThrough !== null && new Date(`${row.validThrough}T23:59:59Z`).getTime() < now.getTime(),
    ageDays: Math.max(0, Math.floor((now.getTime() - since.getTime()) / dayMs)),
    isTarget: row.isTarget,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Adds a posting from pasted text, a saved page or a page fetched by its address (through the outbound guard). A page is read for its schema.org JobPosting, else its main text;
 * the text then goes through parseJob (offline or the LLM, which is told the text is data, never instructions). What
 * the page gave is kept as it came, with whether reading it worked and why not.
 */
export async function createJobPosting(deps: CareerDeps, caller: Caller, body: CreateJobPostingBody): Promise<JobPosting> {
  const fetched = body.url !== undefined ? await fetchJobPage(deps.outbound, body.url) : null;
  const html = fetched?.html ?? body.html;
  const field = fetched ? 'body.url' : 'body.html';
  const page = html !== undefined ? readJobPage(html) : null;
  const text = page ? [page.title, page.text].filter(Boolean).join('\n') : body.text!;
  if (page && page.method === 'none') {
    throw new AppError('validation_failed', `${field}: no job description could be read from this page (it may need a login); paste the description as text instead`);
  }
  if (!text.trim()) throw new AppError('validation_failed', 'body.text: the posting is empty');
  const parsed = (await deps.engine.run(parseJobTask, { text }, { userId: caller.userId })).output;
  const row = await repo.insertJobPosting(deps.db, caller.userId, {
    source: fetched ? 'url' : page ? 'html' : 'text',
    url: fetched ? body.url : null,
    jobTitle: page?.title ?? parsed.title ?? null,
    companyName: page?.companyName ?? null,
    location: page?.location ?? parsed.location ?? null,
    remoteOk: page?.remote || parsed.workMode === 'remote',
    description: page ? page.text : text,
    parsed,
    rawJson: page
      ? {
          method: page.method,
          jsonLd: page.jsonLd,
          employmentType: page.employmentType,
          warnings: page.warnings,
          ...(fetched ? { finalUrl: fetched.finalUrl, bytes: Buffer.byteLength(fetched.html), sha256: createHash('sha256').update(fetched.html).digest('hex') } : {}),
        }
      : null,
    scrapedAt: page ? deps.now() : null,
    scrapingSuccess: page ? page.method === 'jsonld' : null,
    scrapingError: page && page.method !== 'jsonld' ? 'The page has no schema.org JobPosting; its main text was read instead.' : null,
    datePosted: page?.datePosted ?? null,
    validThrough: page?.validThrough ?? null,
  });
  return toJobPosting(row, deps.now());
}

export async function listJobPostings(deps: CareerDeps, caller: Caller, query: PageQuery): Promise<JobPostingPage> {
  const { rows, total } = await repo.findJobPostingPage(deps.db, { userId: caller.userId, limit: query.limit, offset: query.offset });
  return toPage(rows.map((row) => toJobPosting(row, deps.now())), total, query);
}

export async function getJobPosting(deps: CareerDeps, caller: Caller, jobPostingId: string): Promise<JobPosting> {
  const row = await repo.findJobPosting(deps.db, caller.userId, jobPostingId);
  if (!row) throw new AppError('not_found', 'No such job posting among yours.');
  return toJobPosting(row, deps.now());
}

export async function updateJobPosting(deps: CareerDeps, caller: Caller, jobPostingId: string, changes: { isTarget?: boolean; jobTitle?: string; companyName?: string }): Promise<JobPosting> {
  const row = await repo.updateJobPosting(deps.db, caller.userId, jobPostingId, changes);
  if (!row) throw new AppError('not_found', 'No such job posting among yours.');
  return toJobPosting(row, deps.now());
}

export async function deleteJobPosting(deps: CareerDeps, caller: Caller, jobPostingId: string): Promise<void> {
  if (!(await repo.deleteJobPosting(deps.db, caller.userId, jobPostingId))) throw new AppError('not_found', 'No such job posting among yours.');
}
