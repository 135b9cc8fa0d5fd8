import type { JobApplicationStatus } from '#shared/vocabulary.ts';

const labels: Record<JobApplicationStatus, string> = {
  saved: 'Saved',
  applied: 'Applied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  no_response: 'No response',
};

/** A stage as people say it. */
export function stageLabel(status: JobApplicationStatus): string {
  return labels[status];
}
