import { Badge } from '@mantine/core';
import type { CandidateRow } from '#shared/contracts/hiring.ts';
import { candidateStatusColors, candidateStatusLabels } from '#web/features/hiring/hiring-labels.ts';

/** The candidate's stage, by the job's name for it when given; a rejection shows its reason on hover. */
export function CandidateStatusBadge({ candidate, stageName }: { candidate: Pick<CandidateRow, 'status' | 'statusReason'>; stageName?: string }) {
  // The reason shows as the browser's own tooltip (title), which keeps Mantine's Tooltip out of the job page's download.
  return (
    <Badge variant="dot" color={candidateStatusColors[candidate.status]} data-testid="candidate-stage" title={candidate.statusReason ?? undefined}>
      {stageName ?? candidateStatusLabels[candidate.status]}
    </Badge>
  );
}
