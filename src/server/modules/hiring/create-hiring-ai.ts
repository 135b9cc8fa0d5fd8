import { extractSkills, matchResumeTask, parseJobTask, parseResumeTask, type AiEngine } from '#server/ai/index.ts';
import { seniorities, type JobSkill, type ParsedJob, type Seniority } from '#shared/ai/job.ts';
import type { JobRequirements } from '#shared/contracts/hiring.ts';
import { formatRequirementGroup, readRequirementGroup } from '#shared/hiring/requirement-group.ts';
import type { ParsedResume } from '#shared/ai/resume.ts';
import type { AiCaller, HiringAi, JobText, MatchOutcome } from './hiring-ai.ts';

/** The job text parseJob reads: the title on its own line, then the description. */
function jobText(job: JobText): string {
  return job.description.trimStart().startsWith(job.title) ? job.description : `${job.title}\n\n${job.description}`;
}

/** A parsed skill as a requirement: a group any of whose skills meets it is written as one ("ERP (NetSuite, Sage or SAP)"). */
const requirementOf = (skill: JobSkill) => formatRequirementGroup(skill.name, skill.alternatives ?? []);

export function toRequirements(parsed: ParsedJob): JobRequirements {
  return {
    mustHaveSkills: parsed.mustHave.map(requirementOf),
    niceToHaveSkills: parsed.niceToHave.map(requirementOf),
    minYearsExperience: parsed.minYears ?? null,
    seniority: parsed.seniority ?? null,
    degree: parsed.degree ?? null,
    location: parsed.location ?? null,
    workMode: parsed.workMode ?? null,
  };
}

/** A name as a recruiter typed it, looked up in the skills taxonomy: its canonical name and kind when it is one skill. */
function canonicalSkill(name: string): Pick<JobSkill, 'name' | 'kind'> & { whole: boolean } {
  const [mention] = extractSkills(name);
  const whole = mention && mention.start === 0 && mention.end === name.trim().length ? mention : undefined;
  return { name: whole?.name ?? name.trim(), kind: whole?.kind ?? 'knowledge', whole: whole !== undefined };
}

/**
 * Edited requirements are names as a recruiter typed them; the matcher compares canonical names and weighs knowledge
 * (tools, domains) above soft skills, so each name is looked up in the skills taxonomy first. A group ("ERP (NetSuite,
 * Sage or SAP)") is one requirement that any of its skills meets, unless the whole text is itself one skill.
 */
function toJobSkill(requirement: string, spelled: Map<string, string>): JobSkill {
  const single = canonicalSkill(requirement);
  const group = single.whole ? undefined : readRequirementGroup(requirement);
  const [first, ...others] = (group ?? [requirement]).map(canonicalSkill);
  const { name, kind } = group && first ? first : single;
  spelled.set(name, requirement);
  const alternatives = others.map((other) => other.name).filter((other) => other !== name);
  return { name, kind, start: 0, end: 0, text: requirement, ...(alternatives.length > 0 ? { alternatives } : {}) };
}

function toMatchJob(job: JobText & { requirements: JobRequirements }, spelled: Map<string, string>): ParsedJob & { text: string } {
  const { requirements } = job;
  const seniority: Seniority | undefined = seniorities.find((level) => level === requirements.seniority);
  return {
    title: job.title,
    ...(seniority ? { seniority } : {}),
    ...(requirements.minYearsExperience !== null ? { minYears: requirements.minYearsExperience } : {}),
    mustHave: requirements.mustHaveSkills.map((name) => toJobSkill(name, spelled)),
    niceToHave: requirements.niceToHaveSkills.map((name) => toJobSkill(name, spelled)),
    responsibilities: [],
    ...(requirements.degree ? { degree: requirements.degree } : {}),
    ...(requirements.location ? { location: requirements.location } : {}),
    text: jobText(job),
  };
}

/** The requirements are read once for all the CVs; the names the matcher answers are given back as the recruiter typed them. */
async function matchCvs(engine: AiEngine, resumes: readonly ParsedResume[], job: JobText & { requirements: JobRequirements }, ctx: AiCaller): Promise<MatchOutcome[]> {
  const spelled = new Map<string, string>();
  const matchJob = toMatchJob(job, spelled);
  const results = await engine.runEach(matchResumeTask, resumes.map((resume) => ({ resume, job: matchJob, options: { blind: false } })), ctx);
  const asTyped = (names: readonly string[]) => names.map((name) => spelled.get(name) ?? name);
  return results.map(({ output }) => ({
    score: output.score,
    recommendation: output.recommendation,
    components: output.components,
    matched: asTyped(output.matched),
    missing: asTyped(output.missing),
    missingNiceToHave: asTyped(output.missingNiceToHave),
    additional: output.additional,
    reasoning: output.reasoning,
    evidence: output.evidence,
  }));
}

/**
 * The one place hiring reaches the AI engine (offline by default, an LLM when the caller's, workspace's or server's key
 * resolves). Matching always runs unmasked: blind screening masks at read time, so shortlisting can reveal a candidate.
 */
export function createHiringAi(engine: AiEngine): HiringAi {
  return {
    parseRequirements: async (job, ctx) => toRequirements((await engine.run(parseJobTask, { text: jobText(job) }, ctx)).output),
    parseCv: async (file, ctx) => {
      // A Buffer is a Uint8Array; the task's schema checks exactly that.
      const bytes = file.bytes as Uint8Array<ArrayBuffer>;
      const { output } = await engine.run(parseResumeTask, { ...file, bytes }, ctx);
      return { text: output.text, resume: output.resume, entities: output.entities, warnings: output.warnings };
    },
    matchCv: async (resume, job, ctx) => (await matchCvs(engine, [resume], job, ctx))[0]!,
    matchCvs: (resumes, job, ctx) => matchCvs(engine, resumes, job, ctx),
    engineFor: async (ctx) => (await engine.selectEngine(ctx)).engine,
  };
}
