import type { ResumeWork } from '#shared/ai/resume.ts';

/** A job of the resume on a month scale (months since year 0), with the skills its text names. */
export type WorkSpan = {
  position: string;
  start?: number;
  end: number | undefined;
  current: boolean;
  skills: ReadonlySet<string>;
};

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' → months; a bare year counts from its middle, so "2017 – 2021" is four years. */
export function toMonths(date: string | undefined): number | undefined {
  const match = date ? /^(\d{4})(?:-(\d{2}))?/.exec(date) : null;
  if (!match) return undefined;
  const month = match[2] ? Number(match[2]) - 1 : 6;
  return Number(match[1]) * 12 + month;
}

export function monthsOf(date: Date): number {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** The resume's jobs, each with the skills found in its position, summary and highlights. */
export function readWorkSpans(work: readonly ResumeWork[], nowMonths: number, findSkills: (text: string) => string[]): WorkSpan[] {
  return work.map((entry) => {
    const start = toMonths(entry.startDate);
    const current = entry.endDate === undefined && start !== undefined;
    const end = current ? nowMonths : toMonths(entry.endDate);
    const text = [entry.position, entry.summary, ...(entry.highlights ?? [])].filter(Boolean).join('\n');
    return { position: entry.position ?? '', ...(start !== undefined ? { start } : {}), end, current, skills: new Set(findSkills(text)) };
  });
}

/** Years covered by the given jobs, overlapping periods counted once. */
export function countYears(spans: readonly WorkSpan[]): number {
  const ranges = spans
    .filter((span): span is WorkSpan & { start: number; end: number } => span.start !== undefined && span.end !== undefined && span.end >= span.start)
    .map((span) => [span.start, span.end] as const)
    .sort((a, b) => a[0] - b[0]);
  let months = 0;
  let reach = -Infinity;
  for (const [start, end] of ranges) {
    const from = Math.max(start, reach);
    if (end > from) months += end - from;
    reach = Math.max(reach, end);
  }
  return Math.round((months / 12) * 10) / 10;
}

/** How recent a job is: 1 for a current one or one that ended within a year, falling to 0.25 after six years. */
export function recencyOf(span: WorkSpan, nowMonths: number): number {
  if (span.current || span.end === undefined) return span.current ? 1 : 0.5;
  const yearsAgo = (nowMonths - span.end) / 12;
  if (yearsAgo <= 1) return 1;
  if (yearsAgo <= 3) return 0.75;
  if (yearsAgo <= 6) return 0.5;
  return 0.25;
}
