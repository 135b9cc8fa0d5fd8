import { authorize, type Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import type { CandidateInterview, CandidateInterviews } from '#shared/contracts/candidate-interviews.ts';
import { outcomeSchema } from '#shared/contracts/interviews.ts';
import type { InterviewsDeps } from '#server/modules/interviews/interviews-deps.ts';
import { toSummary } from '#server/modules/interviews/scheduling/interview-views.ts';
import { findCandidateInWorkspace } from '#server/modules/interviews/scheduling/scheduling.repo.ts';
import { countSubmitted, findInterviewsOfCandidate } from './scorecards.repo.ts';
import { listScorecards } from './scorecards.service.ts';

/**
 * A hiring candidate's interviews (any member of the workspace), each with the scorecards the caller may read by the
 * scorecards' own rule (`listScorecards`): owners and recruiters see every submitted one, a panelist the others' only
 * once their own is submitted, a member neither on the panel nor owner or recruiter none (only how many exist).
 */
export async function listCandidateInterviews(deps: InterviewsDeps, caller: Caller, workspaceId: string, candidateId: string): Promise<CandidateInterviews> {
  await authorize(deps.db, caller, { kind: 'workspace', id: workspaceId }, 'read');
  if (!(await findCandidateInWorkspace(deps.db, { workspaceId, candidateId }))) throw new AppError('not_found', 'Candidate not found.');
  const items: CandidateInterview[] = [];
  for (const row of await findInterviewsOfCandidate(deps.db, { workspaceId, candidateId })) {
    const interview = { ...toSummary(row), outcome: outcomeSchema.safeParse(row.outcome).data ?? null };
    try {
      const page = await listScorecards(deps, { caller }, row.id, { limit: 50, offset: 0 });
      items.push({ interview, scorecards: page.items, hidden: page.hidden, scorecardsVisible: true });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'forbidden') throw error;
      items.push({ interview, scorecards: [], hidden: await countSubmitted(deps.db, row.id), scorecardsVisible: false });
    }
  }
  return { items };
}
