import { Button, Group, Stack, Textarea } from '@mantine/core';
import { LazyModal } from '#web/ui/lazy-modal.tsx';
import { useState, type FormEvent } from 'react';
import type { CandidateRow } from '#shared/contracts/hiring.ts';
import { candidateLongLabel } from '#shared/hiring/candidate-label.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { useDecideCandidate } from '#web/features/hiring/hooks/use-candidates.ts';

/** A rejection always carries a reason, so the team can see later why a candidate was turned down. */
export function RejectDialog({ jobId, candidate, opened, onClose }: { jobId: string; candidate: CandidateRow; opened: boolean; onClose: () => void }) {
  const decide = useDecideCandidate(jobId);
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    decide.mutate(
      { candidateId: candidate.id, decision: { status: 'rejected', reason } },
      {
        onSuccess: () => {
          setReason('');
          onClose();
        },
      },
    );
  };
  return (
    <LazyModal opened={opened} onClose={onClose} title={`Reject ${candidateLongLabel(candidate)}`}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Textarea
            label="Reason"
            description="Shown to your team next to the candidate."
            placeholder="No production experience with Go"
            required
            autosize
            minRows={3}
            data-autofocus
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <FormError error={decide.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={decide.isPending}>
              Reject
            </Button>
          </Group>
        </Stack>
      </form>
    </LazyModal>
  );
}
