import { Button, Group, type MantineSize } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { CandidateRow } from '#shared/contracts/hiring.ts';
import { candidateLongLabel } from '#shared/hiring/candidate-label.ts';
import { revealsIdentity } from '#shared/hiring/stages.ts';
import { useDecideCandidate } from '#web/features/hiring/hooks/use-candidates.ts';
import { RejectDialog } from './reject-dialog.tsx';

/** Shortlist a new or rejected candidate (which reveals them under blind screening) or reject with a reason; later stages are moved from the stage menu. */
export function CandidateDecisionButtons({ jobId, candidate, size }: { jobId: string; candidate: CandidateRow; size: MantineSize | `compact-${MantineSize}` }) {
  const decide = useDecideCandidate(jobId);
  const [rejecting, { open, close }] = useDisclosure(false);
  const label = candidateLongLabel(candidate);
  return (
    <Group gap={6} wrap="nowrap">
      {revealsIdentity(candidate.status) ? null : (
        <Button
          size={size}
          variant="light"
          color="teal"
          aria-label={`Shortlist ${label}`}
          loading={decide.isPending && decide.variables?.decision.status === 'shortlisted'}
          onClick={() => decide.mutate({ candidateId: candidate.id, decision: { status: 'shortlisted' } })}
        >
          Shortlist
        </Button>
      )}
      {candidate.status === 'rejected' ? null : (
        <Button size={size} variant="subtle" color="red" aria-label={`Reject ${label}`} onClick={open}>
          Reject
        </Button>
      )}
      <RejectDialog jobId={jobId} candidate={candidate} opened={rejecting} onClose={close} />
    </Group>
  );
}
