import type { JobSkill, ParsedJob } from '#shared/ai/job.ts';
import type { SkillMention } from '#shared/ai/skills.ts';
import { titleWords } from '#server/ai/offline/resume/lexicon.ts';
import { extractSkills } from '#server/ai/offline/skills/extract-skills.ts';
import { readLinePhrasing, splitJobLines, splitSentences, type JobLine } from './job-sections.ts';
import { readDegreeAsked } from './read-degree.ts';
import { readMinYears, readSeniority, seniorityFromYears } from './read-job-facts.ts';
import { readWorkPlace } from './read-work-place.ts';

const titleLabel = /^(?:job title|title|position|role|job|vacancy|opening)\s*[:\-–]\s*(.+)$/i;
const titleNoise = /^(?:about|we are|we're|our|company|overview|summary|description|job description|hiring|join)\b/i;

function hasRoleWord(content: string): boolean {
  return content
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((word) => titleWords.has(word) || titleWords.has(word.replace(/s$/, '')));
}

function isTitleLike(line: JobLine): boolean {
  const { content } = line;
  return !line.isBullet && content.length <= 90 && !/[.!?]$/.test(content) && !titleNoise.test(content) && content.split(/\s+/).length <= 12;
}

/** The title: a "Job title:" line, else the first short line naming a role (skipping a company line), else the first line. */
function readTitle(lines: readonly JobLine[]): { title: string; trailer: string; line?: JobLine } | undefined {
  for (const line of lines.slice(0, 15)) {
    const labelled = titleLabel.exec(line.content)?.[1];
    if (labelled) return { title: cleanTitle(labelled), trailer: titleTrailer(labelled), line };
  }
  const opening = lines.slice(0, 4).filter((line) => line.section === 'none' || line === lines[0]);
  const chosen = opening.find((line) => isTitleLike(line) && hasRoleWord(line.content)) ?? (lines[0] && isTitleLike(lines[0]) ? lines[0] : undefined);
  if (!chosen) return undefined;
  if (chosen.isHeading && !hasRoleWord(chosen.content)) return undefined;
  return { title: cleanTitle(chosen.content), trailer: titleTrailer(chosen.content), line: chosen };
}

/** What follows the role in a title line: "Remote, EU" in "Senior Backend Engineer (Go) - Remote, EU". */
function titleTrailer(raw: string): string {
  return /\s[-–—|]\s(.+)$/.exec(raw)?.[1] ?? '';
}

/** Drops what trails a title: " - Acme Corp", " at Acme", " (Remote)", " | Berlin". */
function cleanTitle(raw: string): string {
  return raw
    .replace(/\s*[|(].*$/, '')
    .replace(/\s+(?:at|@)\s+\p{Lu}.*$/u, '')
    .replace(/\s+[-–—]\s+(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|\p{Lu}[\p{L}]+(?:,? [\p{L}]+)*)$/iu, '')
    .replace(/[:\s]+$/, '')
    .trim();
}

function toJobSkill(mention: SkillMention): JobSkill {
  return { name: mention.name, kind: mention.kind, start: mention.start, end: mention.end, text: mention.text };
}

/** A group of skills any one of which meets one requirement: its leader is listed, with the others as alternatives. */
type Group = { leader: SkillMention; others: string[] };

/** "an ERP such as", "accounting software like", "(e.g.": what names a requirement by examples. */
const examplesGap = /^\s*(?:systems?|software|platforms?|tools?|packages?|solutions?|suites?)?\s*[(,]?\s*(?:such as|like|e\.g\.?,?|for example|for instance|incl\.)\s*$/i;

/**
 * Groups skills named as alternatives: "QuickBooks or NetSuite", "Python/R", "Kafka, RabbitMQ or SQS", and a skill
 * named with examples, "an ERP such as NetSuite, Sage Intacct or SAP" (any of the four). A list joined by "and" is not a
 * group: each of its skills is asked for.
 */
function findGroups(text: string, mentions: readonly SkillMention[]): Map<SkillMention, Group> {
  const groups = new Map<SkillMention, Group>();
  let run: SkillMention[] = [];
  let hasOr = false;
  let examples = false;
  const close = (): void => {
    const names = [...new Set(run.map((mention) => mention.name))];
    const leader = run[0];
    if (leader && (hasOr || examples) && names.length > 1) {
      const group = { leader, others: names.filter((name) => name !== leader.name) };
      for (const mention of run) groups.set(mention, group);
    }
    run = [];
    hasOr = false;
    examples = false;
  };
  for (const mention of mentions) {
    const previous = run.at(-1);
    const gap = previous ? text.slice(previous.end, mention.start) : '';
    if (previous && run.length === 1 && examplesGap.test(gap)) examples = true;
    else if (previous && /^\s*(?:,\s*)?(?:or|\/|either)\s*$/i.test(gap)) hasOr = true;
    else if (previous && examples && /^\s*(?:,\s*)?and\s*$/i.test(gap)) examples = true;
    else if (!previous || !/^\s*,\s*$/.test(gap)) close();
    run.push(mention);
  }
  close();
  return groups;
}

/**
 * Abilities every job likes to name ("Strong communication", "Mentor two staff accountants"): asked for, but a
 * must-have only when the post says so ("required", "must", "essential"); otherwise nice-to-have.
 */
const softSkills = new Set([
  'Communication', 'Teamwork', 'Mentoring', 'Coaching', 'Attention to detail', 'Time management', 'Organizational skills', 'Adaptability',
  'Creativity', 'Problem solving', 'Critical thinking', 'Analytical skills', 'Interpersonal skills', 'Emotional intelligence', 'Active listening',
  'Work ethic', 'Ownership', 'Resilience', 'Continuous learning', 'Decision making', 'Relationship building', 'Presentation skills', 'Writing',
  'Customer focus', 'Team building', 'Influencing', 'Facilitation', 'Delegation', 'Strategic thinking', 'Cultural awareness',
]);

/**
 * Reads a job description: title, seniority, least years, skills split into must-have and nice-to-have
 * (by the heading they sit under and by phrasing such as "a plus" or "required"), the degree asked for,
 * responsibilities, location and remote/hybrid/on-site. Skills under "About us" or "Benefits" are not requirements
 * and are left out, nor are the duties' ("Prepare accruals") unless a duty says it is required; a group of
 * alternatives is one requirement; soft skills are nice-to-have unless the post says they are required. A tools section
 * ("Software and tools:", "Tech stack", "Tools: Excel, SAP") is read like requirements: its items become the taxonomy's
 * skills ("Intuit QuickBooks" → QuickBooks); tools the taxonomy does not know are left out, as elsewhere.
 */
export function parseJob(text: string): ParsedJob {
  const lines = splitJobLines(text);
  const title = readTitle(lines);
  const must = new Map<string, JobSkill>();
  const nice = new Map<string, JobSkill>();
  const responsibilities: string[] = [];
  let minYears: number | undefined;
  // Lines above the title name the employer ("Northwind Logistics"); the title line itself gives only knowledge ("(Go)").
  const titleStart = title?.line?.start ?? 0;
  const titleEnd = title?.line?.end ?? 0;
  const mentions = extractSkills(text).filter((mention) => mention.start >= titleEnd || (mention.start >= titleStart && mention.kind === 'knowledge'));
  const groups = findGroups(text, mentions);
  let degree: string | undefined;
  let cursor = 0;
  for (const line of lines) {
    if (line.section === 'responsibilities' && !line.isHeading && (line.isBullet || line.content.length < 200)) {
      responsibilities.push(line.content);
    }
    const contentStart = line.end - line.content.length;
    for (const sentence of line.isHeading ? [{ offset: 0, text: line.content }] : splitSentences(line.content)) {
      const phrasing = line.isHeading ? { must: false } : readLinePhrasing(sentence.text);
      const asked = line.section === 'nice' ? 'nice' : line.section === 'other' || line.section === 'responsibilities' ? undefined : 'must';
      const base = phrasing.must ? 'must' : asked;
      const from = contentStart + sentence.offset;
      const to = from + sentence.text.length;
      const niceFrom = phrasing.niceFrom === undefined ? Infinity : from + phrasing.niceFrom;
      if (base === 'must' && phrasing.niceFrom !== 0) {
        const years = readMinYears(phrasing.niceFrom === undefined ? sentence.text : sentence.text.slice(0, phrasing.niceFrom));
        if (years !== undefined) minYears = minYears === undefined ? years : Math.max(minYears, years);
      }
      // "Bachelor's degree in Accounting or Finance" asks for a degree: its fields are not skills.
      const degreePhrase = base === 'must' && phrasing.niceFrom !== 0 && !line.isHeading ? readDegreeAsked(sentence.text) : undefined;
      const degreeFrom = degreePhrase ? from + sentence.text.indexOf(degreePhrase) : Infinity;
      const degreeTo = degreeFrom + (degreePhrase?.length ?? 0);
      if (degreePhrase) degree ??= degreePhrase;
      while (cursor < mentions.length && (mentions[cursor]?.start ?? Infinity) < to) {
        const mention = mentions[cursor] as SkillMention;
        cursor += 1;
        const group = groups.get(mention);
        if (mention.start >= degreeFrom && mention.end <= degreeTo) continue;
        const inPart = mention.start >= niceFrom ? 'nice' : base;
        const asks = inPart === 'must' && !phrasing.must && softSkills.has(mention.name) ? 'nice' : inPart;
        if (mention.start < line.start || !asks || (line.isHeading && line !== title?.line) || (group && group.leader !== mention)) continue;
        const target = asks === 'must' ? must : nice;
        if (!target.has(mention.name)) target.set(mention.name, group ? { ...toJobSkill(mention), alternatives: group.others } : toJobSkill(mention));
      }
    }
  }
  for (const name of must.keys()) nice.delete(name);
  const seniority = (title ? readSeniority(title.title) : undefined) ?? (minYears !== undefined ? seniorityFromYears(minYears) : undefined);
  const headerLines = lines
    .slice(0, 4)
    .filter((line) => line.section === 'none' && line !== title?.line)
    .map((line) => line.content);
  const { location, workMode } = readWorkPlace(text, { titleTrailer: title?.trailer ?? '', headerLines });
  return {
    ...(title ? { title: title.title } : {}),
    ...(seniority ? { seniority } : {}),
    ...(minYears !== undefined ? { minYears } : {}),
    mustHave: [...must.values()],
    niceToHave: [...nice.values()],
    responsibilities,
    ...(degree ? { degree } : {}),
    ...(location ? { location } : {}),
    ...(workMode ? { workMode } : {}),
  };
}
