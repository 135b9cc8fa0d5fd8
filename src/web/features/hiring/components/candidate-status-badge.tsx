import { Badge, Tooltip } from '@mantine/core';
import type { CandidateRow } from '#shared/contracts/hiring.ts';
import { candidateStatusColors, candidateStatusLabels } from '#web/features/hiring/hiring-labels.ts';

/** New, shortlisted or rejected; a rejection shows its reason on hover. */
export function CandidateStatusBadge({ candidate }: { candidate: Pick<CandidateRow, 'status' | 'statusReason'> }) {
  const badge = (
    <Badge variant="dot" color={candidateStatusColors[candidate.status]}>
      {candidateStatusLabels[candidate.status]}
    </Badge>
  );
  if (!candidate.statusReason) return badge;
  return (
    <Tooltip label={candidate.statusReason} multiline maw={320} withArrow>
      {badge}
    </Tooltip>
  );
}
