import type { Caller } from '#server/platform/access/index.ts';
import type { CareerDeps } from './career-deps.ts';
import { findApplicationsToExport, findStages } from './applications.repo.ts';

const columns = ['Job title', 'Company', 'Posting address', 'Status', 'Applied on', 'Stage history', 'Notes'];

/**
 * One CSV cell: quoted when it must be, and a cell a spreadsheet would run as a formula (starting with = + - @, a tab
 * or a carriage return) is neutralised with a leading apostrophe (OWASP "CSV injection").
 */
export function csvCell(value: string | null | undefined): string {
  const text = value ?? '';
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The user's applications between two dates as CSV, with each one's stage history ("applied (2026-11-02) →
 * interviewing (2026-11-09)"): what a job centre asks for as proof of applications.
 */
export async function exportApplicationsCsv(deps: CareerDeps, caller: Caller, query: { from?: string; to?: string }): Promise<string> {
  const rows = await findApplicationsToExport(deps.db, { userId: caller.userId, ...query });
  const stages = await findStages(deps.db, rows.map((row) => row.application.id));
  const lines = rows.map(({ application, jobTitle, companyName, url }) => {
    const history = stages
      .filter((stage) => stage.applicationId === application.id)
      .map((stage) => `${stage.status} (${stage.at.toISOString().slice(0, 10)})`)
      .join(' → ');
    return [jobTitle, companyName, url, application.status, application.appliedDate, history, application.notes].map(csvCell).join(',');
  });
  return `${[columns.join(','), ...lines].join('\r\n')}\r\n`;
}
