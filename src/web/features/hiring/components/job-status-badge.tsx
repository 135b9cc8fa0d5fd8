import { Badge } from '@mantine/core';
import type { Job } from '#shared/contracts/hiring.ts';
import { jobStatusColors, jobStatusLabels } from '#web/features/hiring/hiring-labels.ts';

export function JobStatusBadge({ status }: { status: Job['status'] }) {
  return (
    <Badge variant="light" color={jobStatusColors[status]} data-testid="job-status">
      {jobStatusLabels[status]}
    </Badge>
  );
}
