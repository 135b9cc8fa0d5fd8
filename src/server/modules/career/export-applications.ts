import type { Caller } from '#server/platform/access/index.ts';
import { toCsv } from '#shared/csv.ts';
import type { CareerDeps } from './career-deps.ts';
import { findApplicationsToExport, findStages } from './applications.repo.ts';

const columns = ['Job title', 'Company', 'Posting address', 'Status', 'Applied on', 'Stage history', 'Notes'];

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
    return [jobTitle, companyName, url, application.status, application.appliedDate, history, application.notes];
  });
  return toCsv([columns, ...lines]);
}
