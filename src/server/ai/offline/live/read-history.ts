import type { Resume } from '#shared/ai/resume.ts';

export type Stint = { company: string; position: string; start: number; end: number; current: boolean; startText: string; endText: string };
export type HistoryFinding = { kind: 'date_gap' | 'short_tenure' | 'no_dates'; text: string; question: string };

function monthIndex(date: string): number {
  const [year, month] = date.split('-');
  return Number(year) * 12 + (month ? Number(month) - 1 : 0);
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function formatDate(date: string): string {
  const [year, month] = date.split('-');
  return month ? `${monthNames[Number(month) - 1] ?? ''} ${year}` : (year ?? date);
}

/** The resume's dated jobs, oldest first; a job without an end date runs to `now`. */
export function readStints(resume: Resume | undefined, now: Date): Stint[] {
  const nowIndex = now.getUTCFullYear() * 12 + now.getUTCMonth();
  return (resume?.work ?? [])
    .filter((work) => work.startDate)
    .map((work) => ({
      company: work.name ?? 'an unnamed employer',
      position: work.position ?? 'a role',
      start: monthIndex(work.startDate as string),
      end: work.endDate ? monthIndex(work.endDate) : nowIndex,
      current: !work.endDate,
      startText: formatDate(work.startDate as string),
      endText: work.endDate ? formatDate(work.endDate) : 'present',
    }))
    .sort((a, b) => a.start - b.start);
}

/** Years covered by the jobs, counting overlapping jobs once. */
export function countYears(stints: readonly Stint[]): number {
  let months = 0;
  let coveredTo = -Infinity;
  for (const stint of stints) {
    const from = Math.max(stint.start, coveredTo);
    if (stint.end > from) months += stint.end - from;
    coveredTo = Math.max(coveredTo, stint.end);
  }
  return Math.round((months / 12) * 10) / 10;
}

/** Gaps over six months between jobs, and finished jobs shorter than a year: facts to ask about, not verdicts. */
export function findHistoryFindings(resume: Resume | undefined, stints: readonly Stint[]): HistoryFinding[] {
  const findings: HistoryFinding[] = [];
  if ((resume?.work?.length ?? 0) > 0 && stints.length === 0) {
    findings.push({ kind: 'no_dates', text: 'The resume lists jobs without dates, so tenure and recency cannot be checked.', question: 'Could you walk me through the dates of your recent roles?' });
  }
  let coveredTo: Stint | undefined;
  for (const stint of stints) {
    if (coveredTo && stint.start - coveredTo.end > 6) {
      const months = stint.start - coveredTo.end;
      findings.push({
        kind: 'date_gap',
        text: `A gap of ${months} months between ${coveredTo.company} (ended ${coveredTo.endText}) and ${stint.company} (started ${stint.startText}).`,
        question: `Your resume shows a gap between ${coveredTo.endText} and ${stint.startText}. What were you doing during that time?`,
      });
    }
    if (!coveredTo || stint.end > coveredTo.end) coveredTo = stint;
    const tenure = stint.end - stint.start;
    if (!stint.current && tenure < 12) {
      findings.push({
        kind: 'short_tenure',
        text: `${tenure} month${tenure === 1 ? '' : 's'} as ${stint.position} at ${stint.company} (${stint.startText} – ${stint.endText}).`,
        question: `You were at ${stint.company} for ${tenure} month${tenure === 1 ? '' : 's'}. What led to the move?`,
      });
    }
  }
  return findings;
}
