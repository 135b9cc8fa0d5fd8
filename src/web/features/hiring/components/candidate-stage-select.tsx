import { Select, Stack } from '@mantine/core';
import type { CandidateProfile } from '#shared/contracts/hiring.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { useJobStages, useMoveCandidates } from '#web/features/hiring/hooks/use-team.ts';

/** Moves this candidate to another stage of the job's pipeline (a rejection, with its reason, goes through Reject). */
export function CandidateStageSelect({ candidate }: { candidate: CandidateProfile }) {
  const { stages } = useJobStages(candidate.jobId);
  const move = useMoveCandidates(candidate.jobId);
  return (
    <Stack gap={4}>
      <Select
        label="Stage"
        w={200}
        allowDeselect={false}
        disabled={move.isPending}
        data={stages.map((stage) => ({ value: stage.key, label: stage.name, disabled: stage.key === 'rejected' && candidate.status !== 'rejected' }))}
        value={candidate.status}
        onChange={(value) => {
          const stage = stages.find((item) => item.key === value);
          if (stage && stage.key !== candidate.status && stage.key !== 'rejected') move.mutate({ candidateIds: [candidate.id], stage: stage.key });
        }}
      />
      <FormError error={move.error} />
    </Stack>
  );
}
