import { degreeFit } from '#server/ai/offline/job/read-degree.ts';
import { createPersonalDataMasker, personalDetailsOf } from '#server/ai/offline/blind/mask-personal-data.ts';
import { extractSkills } from '#server/ai/offline/skills/extract-skills.ts';
import { toTerms } from '#server/ai/offline/text/terms.ts';
import { cosineSimilarity, loadIdfTable, toTfidfVector } from '#server/ai/offline/text/tfidf-similarity.ts';
import type { JobSkill } from '#shared/ai/job.ts';
import { recommendFromScore, type MatchEvidence, type MatchResult } from '#shared/ai/match.ts';
import type { ParsedResume } from '#shared/ai/resume.ts';
import type { SkillMention } from '#shared/ai/skills.ts';
import { isPlaceName } from '#shared/text/place-names.ts';
import { describeMatch } from './describe-match.ts';
import { findEvidence } from './find-evidence.ts';
import type { MatchJob, MatchSettings } from './match-types.ts';
import { expandRelatedSkills, linkByWords } from './related-skills.ts';
import { baseWeights, toolListSize, toolListWeights, weighComponents, type ComponentDraft } from './score-components.ts';
import { describeOccupationFit, fitOccupations, inferResumeOccupations, namedOccupation } from './occupation-fit.ts';
import { readMatchJob, withoutToolLists, type MatchJobReading } from './read-match-job.ts';
import { seniorityFit, titleOverlap } from './title-fit.ts';
import { countYears, monthsOf, readWorkSpans, recencyOf, type WorkSpan } from './work-history.ts';

export type { MatchJob, MatchSettings } from './match-types.ts';

/** Credit for a skill shown only through a related one (PostgreSQL for SQL). */
const impliedCredit = 0.75;
/** Cosine similarity at which text similarity counts as full; resumes and posts rarely share more vocabulary. */
const fullSimilarity = 0.45;

function skillWeight(skill: JobSkill): number {
  return skill.kind === 'knowledge' ? 1 : 0.5;
}

function coverage(skills: readonly JobSkill[], shown: ReadonlyMap<string, string>): number {
  const total = skills.reduce((sum, skill) => sum + skillWeight(skill), 0);
  const got = skills.reduce((sum, skill) => {
    const via = shown.get(skill.name);
    const full = via === skill.name || skill.alternatives?.includes(via ?? '');
    return sum + (via === undefined ? 0 : full ? 1 : impliedCredit) * skillWeight(skill);
  }, 0);
  return total === 0 ? 0 : got / total;
}

/**
 * The resume's skill mentions, less those that are the person's own name ("Maya" is not Autodesk Maya here) or an
 * employer (working at Dropbox or Salesforce is not the skill of using it).
 */
function resumeSkillMentions(parsed: ParsedResume): SkillMention[] {
  const nameParts = new Set((parsed.resume.basics?.name ?? '').toLowerCase().split(/[^\p{L}'-]+/u).filter((part) => part.length >= 2));
  const spans: { start: number; end: number }[] = parsed.entities.filter((entity) => entity.type === 'PERSON');
  const lower = parsed.text.toLowerCase();
  for (const employer of new Set((parsed.resume.work ?? []).map((entry) => entry.name?.trim().toLowerCase() ?? ''))) {
    if (employer.length < 2) continue;
    for (let at = lower.indexOf(employer); at !== -1; at = lower.indexOf(employer, at + employer.length)) {
      // Only in a heading-like line ("Software Engineer | Dropbox"); prose such as "tickets in Zendesk" still counts.
      const line = parsed.text.slice(parsed.text.lastIndexOf('\n', at) + 1, (parsed.text.indexOf('\n', at) + 1 || parsed.text.length + 1) - 1);
      if (line.split(/\s+/).length <= 10) spans.push({ start: at, end: at + employer.length });
    }
  }
  return extractSkills(parsed.text).filter(
    (mention) => !nameParts.has(mention.text.toLowerCase()) && !spans.some((span) => mention.start < span.end && span.start < mention.end),
  );
}

/** Names from the JSON Resume skills section too (a JSON Resume input may list skills its text never repeats). */
function listedSkillNames(parsed: ParsedResume): string[] {
  const listed = (parsed.resume.skills ?? []).flatMap((skill) => [skill.name, ...(skill.keywords ?? [])]);
  return listed.flatMap((item) => extractSkills(item).map((mention) => mention.name));
}

/** A posting that says what the job is in its duties, then lists tools: many skills, or a line that is a tool list. */
function isToolListJob(job: MatchJob, reading: MatchJobReading, skillCount: number): boolean {
  return skillCount >= toolListSize || (job.text !== undefined && reading.hasToolListLine);
}

function recencyValue(skills: readonly JobSkill[], shown: ReadonlyMap<string, string>, spans: readonly WorkSpan[], nowMonths: number): number {
  const matched = skills.filter((skill) => shown.has(skill.name));
  if (matched.length === 0) return 0;
  const values = matched.map((skill) => {
    const via = shown.get(skill.name) ?? skill.name;
    const using = spans.filter((span) => span.skills.has(skill.name) || span.skills.has(via));
    return using.length === 0 ? 0.4 : Math.max(...using.map((span) => recencyOf(span, nowMonths)));
  });
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Scores a parsed resume against a parsed job, 0–100, from named components; lists matched, missing and additional
 * skills; explains the score with evidence lines. Deterministic for the same inputs and `now`. Both engines' matchResume
 * answer with this function's numbers and lists: the LLM only adds judgement text.
 */
export function matchResume(parsed: ParsedResume, job: MatchJob, options: MatchSettings): MatchResult {
  const nowMonths = monthsOf(options.now);
  const mentions = resumeSkillMentions(parsed);
  const direct = [...new Set([...mentions.map((mention) => mention.name), ...listedSkillNames(parsed)])];
  const shown = expandRelatedSkills(direct);
  const jobSkills = [...job.mustHave, ...job.niceToHave];
  // Shown through a related skill whose name does not hold its words (a CPA for GAAP; "Manage budgets" does name budgeting).
  const implied = new Set([...shown].filter(([name, via]) => name !== via && !toTerms(name).every((term) => toTerms(via).includes(term))).map(([name]) => name));
  linkByWords(jobSkills.map((skill) => skill.name), direct, shown);
  // "ERP (NetSuite, Sage or SAP)": one requirement, met by naming any of its skills.
  for (const skill of jobSkills) {
    const alternative = skill.alternatives?.find((name) => shown.get(name) === name) ?? skill.alternatives?.find((name) => shown.has(name));
    if (shown.get(skill.name) !== skill.name && alternative) shown.set(skill.name, shown.get(alternative) ?? alternative);
  }
  const jobNames = new Set(jobSkills.map((skill) => skill.name));
  const spans = readWorkSpans(parsed.resume.work ?? [], nowMonths, (text) => [...expandRelatedSkills(extractSkills(text).map((m) => m.name)).keys()]);
  const ordered = [...spans].sort((a, b) => (b.end ?? 0) - (a.end ?? 0));
  const relevant = spans.filter((span) => (job.title ? titleOverlap(job.title, span.position) > 0 : false) || [...jobNames].some((name) => span.skills.has(name)));
  const relevantYears = countYears(relevant);
  const totalYears = countYears(spans);
  const dated = spans.some((span) => span.start !== undefined);
  // A place read where the title should be ("State" from "Company Name – City, State") is no title.
  const titles = ordered.map((span) => span.position).filter((title) => title && !isPlaceName(title));
  const positions = [parsed.resume.basics?.label, ...titles].filter((title): title is string => Boolean(title));
  const latestTitle = titles[0] ?? parsed.resume.basics?.label ?? '';
  const overlap = job.title ? Math.max(0, ...positions.map((title, index) => titleOverlap(job.title ?? '', title) * 0.9 ** Math.max(0, index - 1))) : 0;
  const level = seniorityFit(job.seniority, latestTitle, totalYears);
  const reading = (options.readJob ?? readMatchJob)(job);
  const resumeVector = toTfidfVector(parsed.text, loadIdfTable());
  // The occupation (title and duties) counts as much as the whole posting, tool lists included.
  const similarity = 0.5 * cosineSimilarity(resumeVector, reading.postingVector) + 0.5 * cosineSimilarity(resumeVector, reading.occupationVector);
  const mustValue = coverage(job.mustHave, shown);
  const niceValue = coverage(job.niceToHave, shown);
  const experienceValue = job.minYears ? (dated ? Math.min(1, relevantYears / job.minYears) : 0.5) : 1;
  const recency = recencyValue(jobSkills, shown, spans, nowMonths);
  const degree = job.degree ? degreeFit(job.degree, parsed.resume.education ?? []) : { value: 0 };
  const occupation = fitOccupations(reading.occupations, inferResumeOccupations(parsed, titles, withoutToolLists));
  const occupationDetail = occupation.best
    ? `occupation ${namedOccupation(occupation.best.job)}; the CV reads as ${namedOccupation(occupation.best.resume)}`
    : 'no occupation recognised';
  const drafts: ComponentDraft[] = [
    { name: 'mustHave', value: mustValue, applies: job.mustHave.length > 0, detail: `${Math.round(mustValue * 100)}% of must-have skills` },
    { name: 'niceToHave', value: niceValue, applies: job.niceToHave.length > 0, detail: `${Math.round(niceValue * 100)}% of nice-to-have skills` },
    { name: 'experience', value: experienceValue, applies: job.minYears !== undefined, detail: `${relevantYears} relevant years of ${job.minYears ?? 0}+ asked` },
    { name: 'education', value: degree.value, applies: job.degree !== undefined, detail: !job.degree ? 'no degree asked' : degree.shown ? `${job.degree} asked; the CV shows ${degree.shown}` : `${job.degree} asked; none found in the CV` },
    { name: 'recency', value: recency, applies: jobSkills.length > 0, detail: `matched skills used recently: ${Math.round(recency * 100)}%` },
    { name: 'titleFit', value: 0.7 * overlap + 0.3 * level.value, applies: job.title !== undefined, detail: `role words ${Math.round(overlap * 100)}%, level ${level.candidate} for ${job.seniority ?? 'any'}` },
    { name: 'occupationFit', value: occupation.value, applies: occupation.job.length > 0, detail: occupationDetail },
    { name: 'textSimilarity', value: similarity / fullSimilarity, applies: true, detail: 'wording shared with the job description' },
  ];
  const { components, score } = weighComponents(drafts, isToolListJob(job, reading, jobSkills.length) ? toolListWeights : baseWeights);
  const recommendation = recommendFromScore(score);
  // Named (or an alternative named) is matched; shown only through a related skill raises the score but is no match.
  const isRelated = (skill: JobSkill) => implied.has(skill.name) && !skill.alternatives?.includes(shown.get(skill.name) ?? '');
  const matched = [...new Set(jobSkills.filter((skill) => shown.has(skill.name) && !isRelated(skill)).map((skill) => skill.name))];
  const related = [...new Set(jobSkills.filter((skill) => shown.has(skill.name) && isRelated(skill)).map((skill) => skill.name))];
  const missing = job.mustHave.filter((skill) => !shown.has(skill.name)).map((skill) => skill.name);
  const missingNiceToHave = job.niceToHave.filter((skill) => !shown.has(skill.name)).map((skill) => skill.name);
  const additional = direct.filter((name) => !jobNames.has(name));
  const evidenceByName = findEvidence(parsed.text, mentions, [...new Set([...matched, ...related].map((name) => shown.get(name) ?? name))]);
  const evidence: MatchEvidence[] = [
    ...matched.flatMap((name) => (evidenceByName.get(shown.get(name) ?? name) ?? []).map((found) => ({ ...found, skill: name }))),
    ...related.flatMap((name) => (evidenceByName.get(shown.get(name) ?? name) ?? []).map((found) => ({ ...found, skill: name, via: shown.get(name) ?? name }))),
  ];
  const reasoning = describeMatch({ job, matched, related, missing, missingNiceToHave, shown, relevantYears, dated, latestTitle, overlap, level, degree, occupation: describeOccupationFit(occupation), score, recommendation });
  const masker = options.blind ? createPersonalDataMasker(personalDetailsOf(parsed.resume, parsed.entities)) : undefined;
  const mask = (text: string) => (masker ? masker(text) : text);
  return {
    score,
    recommendation,
    components,
    matched,
    missing,
    missingNiceToHave,
    additional,
    reasoning: reasoning.map(mask),
    evidence: evidence.map((item) => ({ ...item, lineText: mask(item.lineText), text: mask(item.text) })),
    blind: options.blind === true,
  };
}
