import { parseJob } from '#server/ai/offline/job/parse-job.ts';
import { matchResume } from '#server/ai/offline/match/match-resume.ts';
import { generateQuestions } from '#server/ai/offline/questions/generate-questions.ts';
import { questionIdFor } from '#server/ai/offline/questions/seeded-random.ts';
import { parseResume, type ResumeNlp } from '#server/ai/offline/resume/index.ts';
import { extractSkills } from '#server/ai/offline/skills/extract-skills.ts';
import { interviewerBriefSchema, type InterviewerBrief } from '#shared/ai/live.ts';
import { generateQuestionsInputSchema, type Question } from '#shared/ai/questions.ts';
import type { ParsedResume, Resume } from '#shared/ai/resume.ts';
import { countYears, findHistoryFindings, readStints } from './read-history.ts';

/** `now` is the date tenures, gaps and a current job's end are measured to: the input's, else the engine's clock. */
export type BriefInput = { jobDescription: string; resume?: Resume; resumeText?: string; now: Date };

/** Offline briefInterviewer (seed 000): who the candidate is, what fits, what to probe, and questions to ask. */
export function briefInterviewer(input: BriefInput, nlp?: ResumeNlp): InterviewerBrief {
  const { now } = input;
  const parsed = toParsedResume(input, nlp);
  const job = parseJob(input.jobDescription);
  const match = matchResume(parsed, { ...job, text: input.jobDescription }, { now });
  const stints = readStints(parsed.resume, now);
  const years = countYears(stints);
  const findings = findHistoryFindings(parsed.resume, stints);

  const concerns: InterviewerBrief['concerns'] = [
    ...match.missing.map((skill) => ({ kind: 'missing_skill' as const, text: `The job requires ${skill}, which the resume does not show.` })),
    ...(job.minYears !== undefined && stints.length > 0 && years < job.minYears
      ? [{ kind: 'experience_below_required' as const, text: `About ${years} years of dated experience against ${job.minYears}+ required.` }]
      : []),
    ...findings.map((finding) => ({ kind: finding.kind, text: finding.text })),
  ];

  const strengths: InterviewerBrief['strengths'] = [];
  for (const evidence of match.evidence.filter((item) => match.matched.includes(item.skill)).slice(0, 4)) {
    strengths.push({ text: `Shows ${evidence.skill}${job.mustHave.some((skill) => skill.name === evidence.skill) ? ' (must-have)' : ''}.`, quote: evidence.lineText.trim() });
  }
  const quantified = (parsed.resume.work ?? []).flatMap((work) => work.highlights ?? []).filter((line) => /\d/.test(line)).slice(0, 2);
  for (const line of quantified) strengths.push({ text: 'A quantified achievement.', quote: line.trim() });

  const role = job.title ?? parsed.resume.basics?.label ?? 'this role';
  const concernQuestions = [
    ...match.missing.slice(0, 2).map((skill) => makeQuestion(`The role needs ${skill}, which your resume does not mention. What experience do you have with ${skill}, or how would you get up to speed?`, skill)),
    ...findings.slice(0, 2).map((finding) => makeQuestion(finding.question)),
  ];
  const generated = generateQuestions(
    generateQuestionsInputSchema.parse({ role, interviewType: 'mixed', jobDescription: input.jobDescription, resume: parsed.resume, count: 6, ...(job.seniority ? { seniority: job.seniority } : {}) }),
  ).questions.filter((question) => question.stage !== 'closing' && question.stage !== 'introduction');

  return interviewerBriefSchema.parse({
    candidateSummary: summarise(parsed.resume, years, stints.length, match),
    strengths,
    concerns,
    suggestedQuestions: dedupe([...concernQuestions, ...generated]),
    match: { score: match.score, matched: match.matched, missing: match.missing },
  });
}

function toParsedResume(input: BriefInput, nlp: ResumeNlp | undefined): ParsedResume {
  if (input.resumeText && !input.resume) return parseResume(input.resumeText, { extractSkills, ...(nlp ? { nlp } : {}) });
  const resume = input.resume ?? {};
  // Flatten a JSON Resume into text so the matcher can cite lines as evidence.
  const lines = [
    resume.basics?.label,
    resume.basics?.summary,
    ...(resume.work ?? []).flatMap((work) => [[work.position, work.name].filter(Boolean).join(', '), work.summary, ...(work.highlights ?? [])]),
    (resume.skills ?? []).map((skill) => [skill.name, ...(skill.keywords ?? [])].join(', ')).join(', '),
  ].filter((line): line is string => Boolean(line && line.trim()));
  return { text: input.resumeText ?? lines.join('\n'), resume, entities: [], warnings: [] };
}

function summarise(resume: Resume, years: number, jobs: number, match: { score: number; matched: string[]; missing: string[] }): string {
  const name = resume.basics?.name ?? 'The candidate';
  const latest = resume.work?.[0];
  const current = latest ? ` ${latest.endDate ? 'Most recently' : 'Currently'} ${latest.position ?? 'working'}${latest.name ? ` at ${latest.name}` : ''}.` : '';
  const experience = jobs > 0 ? ` About ${years} years of dated experience across ${jobs} role${jobs === 1 ? '' : 's'}.` : '';
  const missing = match.missing.length > 0 ? `; missing required: ${match.missing.slice(0, 5).join(', ')}` : '; no required skill missing';
  const skills = ` Shows ${match.matched.length} of the job's skills${missing}. Match score ${match.score}/100.`;
  return `${name}.${current}${experience}${skills}`;
}

function makeQuestion(text: string, skill?: string): Question {
  return {
    id: questionIdFor(text),
    text,
    stage: 'experience',
    type: 'hr_screening',
    competency: skill ? 'technical_depth' : 'communication',
    ...(skill ? { skill } : {}),
    strongAnswerShows: skill ? [`honest account of experience with ${skill}`, 'a credible plan to close the gap'] : ['an honest, brief explanation', 'what they gained in that time'],
  };
}

function dedupe(questions: Question[]): Question[] {
  const seen = new Set<string>();
  return questions.filter((question) => (seen.has(question.id) ? false : (seen.add(question.id), true)));
}
