import type { MatchComponentName } from '#shared/ai/match.ts';
import type { Batch, BatchFile, CandidateRow, Job, Recommendation } from '#shared/contracts/hiring.ts';

export const recommendations: readonly Recommendation[] = ['Strong Hire', 'Hire', 'Maybe', 'Pass'];

export const recommendationColors: Record<Recommendation, string> = { 'Strong Hire': 'teal', Hire: 'green', Maybe: 'yellow', Pass: 'gray' };

export const jobStatusLabels: Record<Job['status'], string> = { draft: 'Draft', open: 'Open', closed: 'Closed' };
export const jobStatusColors: Record<Job['status'], string> = { draft: 'gray', open: 'green', closed: 'red' };

export { defaultStageNames as candidateStatusLabels } from '#shared/hiring/stages.ts';
export const candidateStatusColors: Record<CandidateRow['status'], string> = { new: 'blue', shortlisted: 'teal', interview: 'indigo', offer: 'grape', hired: 'green', rejected: 'red' };

export const componentLabels: Record<MatchComponentName, string> = {
  mustHave: 'Must-have skills',
  niceToHave: 'Nice-to-have skills',
  experience: 'Years of experience',
  education: 'Degree',
  recency: 'Recent use of the skills',
  titleFit: 'Job title fit',
  occupationFit: 'Occupation fit',
  textSimilarity: 'Overall similarity',
};

export const batchStatusLabels: Record<Batch['status'], string> = {
  queued: 'Queued',
  processing: 'Screening',
  completed: 'Completed',
  failed: 'Failed',
  cancelled: 'Cancelled',
};
export const batchStatusColors: Record<Batch['status'], string> = { queued: 'gray', processing: 'blue', completed: 'teal', failed: 'red', cancelled: 'gray' };

export const fileStatusLabels: Record<BatchFile['status'], string> = { queued: 'Queued', processing: 'Reading', done: 'Screened', failed: 'Failed', duplicate: 'Duplicate' };
export const fileStatusColors: Record<BatchFile['status'], string> = { queued: 'gray', processing: 'blue', done: 'teal', failed: 'red', duplicate: 'orange' };
