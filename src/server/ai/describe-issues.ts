import type { z } from 'zod';

/** "basics.email: Invalid email; work.0.startDate: Required (+2 more)": short enough for a log line or an error. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`);
  const more = issues.length > 3 ? ` (+${issues.length - 3} more)` : '';
  return `${shown.join('; ')}${more}`;
}
