import { Badge, Tooltip } from '@mantine/core';
import type { CandidateRow } from '#shared/contracts/hiring.ts';
import { candidateStatusColors, candidateStatusLabels } from '#web/features/hiring/hiring-labels.ts';

/** The candidate's stage, by the job's name for it when given; a rejection shows its reason on hover. */
export function CandidateStatusBadge({ candidate, stageName }: { candidate: Pick<CandidateRow, 'status' | 'statusReason'>; stageName?: string }) {
  const badge = (
    <Badge variant="dot" color={candidateStatusColors[candidate.status]} data-testid="candidate-stage">
      {stageName ?? candidateStatusLabels[candidate.status]}
    </Badge>
  );
  if (!candidate.statusReason) return badge;
  return (
    <Tooltip label={candidate.statusReason} multiline maw={320} withArrow>
      {badge}
    </Tooltip>
  );
}
