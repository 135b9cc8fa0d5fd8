import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import type { CandidateRow } from '#shared/contracts/hiring.ts';
import { candidateLongLabel } from '#shared/hiring/candidate-label.ts';

/** Opens the booking form with the candidate and their job filled in. */
export function ScheduleInterviewLink({ jobId, candidate }: { jobId: string; candidate: CandidateRow }) {
  return (
    <Anchor component={Link} to={`/interviews/new?job=${jobId}&candidate=${candidate.id}`} size="sm" aria-label={`Schedule interview with ${candidateLongLabel(candidate)}`}>
      Schedule interview
    </Anchor>
  );
}
