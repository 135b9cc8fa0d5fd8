import { authorize, type Caller } from '#server/platform/access/index.ts';
import { toPage } from '#shared/contracts/common.ts';
import type { Recommendation } from '#shared/contracts/hiring.ts';
import type { Application, ApplicationList, PeopleQuery, PersonPage } from '#shared/contracts/hiring-team.ts';
import { stageNamesOf } from '#shared/hiring/stages.ts';
import type { HiringDeps } from '#server/modules/hiring/hiring-deps.ts';
import { findCandidateById, isBlindJob } from '#server/modules/hiring/candidates/candidates.repo.ts';
import { isMasked } from '#server/modules/hiring/candidates/candidate-views.ts';
import { AppError } from '#server/platform/errors.ts';
import { findOtherApplications, findPersonApplications, findPersonPage, type ApplicationRecord } from './people.repo.ts';

function toApplication(record: ApplicationRecord): Application {
  return {
    candidateId: record.candidateId,
    jobId: record.jobId,
    jobTitle: record.jobTitle,
    score: record.score,
    recommendation: (record.recommendation as Recommendation | null) ?? null,
    stage: record.stage,
    stageName: stageNamesOf(record.stageNames).find((stage) => stage.key === record.stage)!.name,
    appliedAt: record.appliedAt.toISOString(),
  };
}

/**
 * The same person's other applications in the workspace (same email, else same phone). A candidate blind screening
 * hides has none to show: linking them would tell who they are. Applications hidden by blind screening are never listed.
 */
export async function listOtherApplications(deps: HiringDeps, caller: Caller, candidateId: string): Promise<ApplicationList> {
  await authorize(deps.db, caller, { kind: 'candidate', id: candidateId }, 'read');
  const record = await findCandidateById(deps.db, candidateId);
  if (!record) throw new AppError('not_found', 'Candidate not found.');
  if (isMasked(record, await isBlindJob(deps.db, record.jobId))) return { items: [] };
  return { items: (await findOtherApplications(deps.db, record)).map(toApplication) };
}

/** Persons of the workspace whose name, email, phone or skills match, by name, each with every visible application. */
export async function searchPeople(deps: HiringDeps, caller: Caller, workspaceId: string, query: PeopleQuery): Promise<PersonPage> {
  await authorize(deps.db, caller, { kind: 'workspace', id: workspaceId }, 'read');
  const { rows, total } = await findPersonPage(deps.db, { workspaceId, ...query });
  const applications = await findPersonApplications(
    deps.db,
    workspaceId,
    rows.map((row) => row.key),
  );
  return toPage(
    rows.map((row) => ({
      name: row.name,
      email: row.email,
      phone: row.phone,
      applications: applications.filter((application) => application.personKey === row.key).map(toApplication),
    })),
    total,
    query,
  );
}
