import { parseJobTask } from '#server/ai/index.ts';
import { interviewReportSchema, type InterviewReport } from '#shared/ai/interview.ts';
import type { Competency, InterviewType } from '#shared/ai/questions.ts';
import type { PracticeProgress } from '#shared/contracts/practice.ts';
import { findCandidateContext, findLatestJobDescription } from './context.repo.ts';
import { findReadyReports } from './feedback.repo.ts';
import type { Caller } from '#server/platform/access/index.ts';
import type { PracticeDeps } from './practice-deps.ts';

/** The interview type that exercises a competency best. */
const typeForCompetency: Record<Competency, InterviewType> = {
  communication: 'behavioural',
  problem_solving: 'situational',
  ownership: 'behavioural',
  teamwork: 'behavioural',
  leadership: 'behavioural',
  adaptability: 'situational',
  conflict_resolution: 'behavioural',
  customer_focus: 'situational',
  technical_depth: 'technical',
  system_design: 'system_design',
  time_management: 'behavioural',
  learning: 'behavioural',
  integrity: 'situational',
  attention_to_detail: 'technical',
  motivation: 'hr_screening',
};

type Series = PracticeProgress['competencies'][number];

/** Scores over time from the caller's ready reports, and what to practise next. */
export async function getProgress(deps: PracticeDeps, caller: Caller): Promise<PracticeProgress> {
  const rows = await findReadyReports(deps.db, caller.userId);
  const reports = rows.flatMap((row) => {
    const parsed = interviewReportSchema.safeParse(row.report);
    return parsed.success ? [{ row, report: parsed.data }] : [];
  });
  const series = new Map<Competency, Series>();
  for (const { row, report } of reports) {
    for (const item of report.competencies) {
      const entry = series.get(item.competency) ?? { competency: item.competency, points: [], latest: 0, average: 0 };
      entry.points.push({ sessionId: row.sessionId, date: row.createdAt.toISOString(), score: item.score });
      series.set(item.competency, entry);
    }
  }
  const competencies = [...series.values()].map((entry) => ({
    ...entry,
    latest: entry.points.at(-1)?.score ?? 0,
    average: Math.round((entry.points.reduce((sum, point) => sum + point.score, 0) / entry.points.length) * 10) / 10,
  }));
  return {
    sessions: reports.map(({ row, report }) => ({
      sessionId: row.sessionId,
      date: row.createdAt.toISOString(),
      name: row.name,
      interviewType: row.interviewType as InterviewType | null,
      rating: report.rating,
      score: row.rating ?? report.rating * 20,
    })),
    competencies,
    nextSuggestion: await suggestNext(deps, caller, competencies, reports.at(-1)),
  };
}

async function suggestNext(
  deps: PracticeDeps,
  caller: Caller,
  competencies: readonly Series[],
  latest: { row: { targetRole: string | null }; report: InterviewReport } | undefined,
): Promise<PracticeProgress['nextSuggestion']> {
  const candidate = await findCandidateContext(deps.db, caller.userId);
  const targetRole = latest?.row.targetRole ?? candidate.targetRoles[0];
  if (!targetRole) return null;
  const missing = await findMissingSkills(deps, caller, candidate.keySkills, candidate.cvText);
  const weakest = [...competencies].sort((a, b) => a.latest - b.latest)[0];
  const label = (competency: Competency) => competency.replace(/_/g, ' ');
  if (weakest && weakest.latest <= 3) {
    return {
      targetRole,
      interviewType: typeForCompetency[weakest.competency],
      focusSkills: missing.slice(0, 3),
      reason: `Your weakest competency is ${label(weakest.competency)} (${weakest.latest}/5 last time); this interview type asks for it most.`,
    };
  }
  if (missing.length > 0) {
    return { targetRole, interviewType: 'technical', focusSkills: missing.slice(0, 3), reason: `The job you target asks for ${missing.slice(0, 3).join(', ')}, which your profile does not list.` };
  }
  if (weakest) {
    return { targetRole, interviewType: typeForCompetency[weakest.competency], focusSkills: [], reason: `${label(weakest.competency)} is your lowest-scoring competency (${weakest.latest}/5); keep raising it.` };
  }
  return { targetRole, interviewType: 'mixed', focusSkills: [], reason: 'Start with a mixed interview to get a baseline across every competency.' };
}

/** Must-have skills of the newest job description the caller practised for that their profile's key skills lack. */
async function findMissingSkills(deps: PracticeDeps, caller: Caller, keySkills: readonly string[], cvText: string | null): Promise<string[]> {
  const jobDescription = await findLatestJobDescription(deps.db, caller.userId);
  if (!jobDescription?.trim()) return [];
  const { output } = await deps.engine.run(parseJobTask, { text: jobDescription }, { userId: caller.userId, engine: 'offline' });
  const known = keySkills.map((skill) => skill.trim().toLowerCase()).filter(Boolean);
  // "Kafka" in a profile covers the job's "Apache Kafka": names match when one contains the other as whole words.
  // A skill the CV itself names is not missing, whatever the profile kept of it.
  const cv = cvText ? ` ${cvText.toLowerCase().replace(/[^\p{L}\p{N}+#.]+/gu, ' ')} ` : '';
  const inCv = (name: string) => cv !== '' && containsWords(cv, name.toLowerCase().replace(/[^\p{L}\p{N}+#.]+/gu, ' ').trim());
  const covers = (name: string) => inCv(name) || known.some((skill) => containsWords(name.toLowerCase(), skill) || containsWords(skill, name.toLowerCase()));
  return output.mustHave.filter((skill) => ![skill.name, ...(skill.alternatives ?? [])].some(covers)).map((skill) => skill.name);
}

function containsWords(text: string, words: string): boolean {
  return ` ${text} `.includes(` ${words} `);
}
