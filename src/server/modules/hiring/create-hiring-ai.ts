import { extractSkills, matchResumeTask, parseJobTask, parseResumeTask, type AiEngine } from '#server/ai/index.ts';
import { seniorities, type JobSkill, type ParsedJob, type Seniority } from '#shared/ai/job.ts';
import type { JobRequirements } from '#shared/contracts/hiring.ts';
import type { HiringAi, JobText } from './hiring-ai.ts';

/** The job text parseJob reads: the title on its own line, then the description. */
function jobText(job: JobText): string {
  return job.description.trimStart().startsWith(job.title) ? job.description : `${job.title}\n\n${job.description}`;
}

export function toRequirements(parsed: ParsedJob): JobRequirements {
  return {
    mustHaveSkills: parsed.mustHave.map((skill) => skill.name),
    niceToHaveSkills: parsed.niceToHave.map((skill) => skill.name),
    minYearsExperience: parsed.minYears ?? null,
    seniority: parsed.seniority ?? null,
    location: parsed.location ?? null,
    remote: parsed.workMode === undefined ? null : parsed.workMode === 'remote',
  };
}

/**
 * Edited requirements are names as a recruiter typed them; the matcher compares canonical names and weighs knowledge
 * (tools, domains) above soft skills, so each name is looked up in the skills taxonomy first.
 */
function toJobSkill(name: string, spelled: Map<string, string>): JobSkill {
  const [mention] = extractSkills(name);
  const whole = mention && mention.start === 0 && mention.end === name.trim().length ? mention : undefined;
  const canonical = whole?.name ?? name;
  spelled.set(canonical, name);
  return { name: canonical, kind: whole?.kind ?? 'knowledge', start: 0, end: 0, text: name };
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
    ...(requirements.location ? { location: requirements.location } : {}),
    text: jobText(job),
  };
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
    matchCv: async (resume, job, ctx) => {
      const spelled = new Map<string, string>();
      const { output } = await engine.run(matchResumeTask, { resume, job: toMatchJob(job, spelled), options: { blind: false } }, ctx);
      const asTyped = (names: readonly string[]) => names.map((name) => spelled.get(name) ?? name);
      return {
        score: output.score,
        recommendation: output.recommendation,
        components: output.components,
        matched: asTyped(output.matched),
        missing: asTyped(output.missing),
        missingNiceToHave: asTyped(output.missingNiceToHave),
        additional: output.additional,
        reasoning: output.reasoning,
        evidence: output.evidence,
      };
    },
  };
}
