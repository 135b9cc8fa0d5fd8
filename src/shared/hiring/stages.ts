import { candidateStatuses, type CandidateStatus } from '#shared/vocabulary.ts';

/** The pipeline's stages as a new job names them (decision 047); a job may rename any of them, the keys stay. */
export const defaultStageNames: Record<CandidateStatus, string> = {
  new: 'New',
  shortlisted: 'Screening',
  interview: 'Interview',
  offer: 'Offer',
  hired: 'Hired',
  rejected: 'Rejected',
};

/**
 * Under blind screening a candidate is shown once the team moves them forward (screening or later) and hidden while new
 * or rejected, as before stages existed (shortlisted was the only stage that showed them).
 */
export function revealsIdentity(stage: CandidateStatus): boolean {
  return stage !== 'new' && stage !== 'rejected';
}

/** The stages that show a candidate under blind screening, for queries that must mask the same way. */
export const revealingStages: readonly CandidateStatus[] = candidateStatuses.filter(revealsIdentity);

export type StageName = { key: CandidateStatus; name: string };

/** Every stage in pipeline order with the job's name for it. */
export function stageNamesOf(custom: Partial<Record<CandidateStatus, string>> | null | undefined): StageName[] {
  return candidateStatuses.map((key) => ({ key, name: custom?.[key]?.trim() || defaultStageNames[key] }));
}
