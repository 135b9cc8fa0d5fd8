import type { InterviewType } from '#shared/ai/questions.ts';

export const interviewTypeNames: Record<InterviewType, string> = {
  behavioural: 'Behavioural',
  technical: 'Technical',
  situational: 'Situational',
  hr_screening: 'HR screening',
  system_design: 'System design',
  mixed: 'Mixed',
};

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * A session's default name: the role, the kind of interview and the day ("Accountant · Behavioural · 7 Dec 2026"), with
 * "(2)", "(3)"… when the same user already has sessions of that name, so no two read alike in the history.
 */
export function defaultSessionName(input: { targetRole: string; interviewType: InterviewType; day: Date; taken: readonly string[] }): string {
  const { day } = input;
  const base = `${input.targetRole} · ${interviewTypeNames[input.interviewType]} · ${day.getUTCDate()} ${months[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
  const taken = new Set(input.taken);
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base} (${n})`)) n += 1;
  return `${base} (${n})`;
}
