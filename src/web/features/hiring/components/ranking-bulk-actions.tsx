import { Button, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { LazyModal } from '#web/ui/lazy-modal.tsx';
import { useState, type FormEvent } from 'react';
import type { CandidateRow } from '#shared/contracts/hiring.ts';
import type { StageName } from '#shared/hiring/stages.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { useMoveCandidates } from '#web/features/hiring/hooks/use-team.ts';

type Stage = CandidateRow['status'];

/**
 * What the team can do with the ticked candidates at once (decision 047): move them to a stage, shortlist or reject
 * them with one reason. One request: all of them move, or none and the error says which ids were wrong.
 */
export function RankingBulkActions({ jobId, selected, stages, onDone }: { jobId: string; selected: readonly string[]; stages: readonly StageName[]; onDone: () => void }) {
  const move = useMoveCandidates(jobId);
  const [target, setTarget] = useState<Stage | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const nameOf = (key: Stage) => stages.find((stage) => stage.key === key)?.name ?? key;
  const run = (stage: Stage, rejectReason?: string) =>
    move.mutate(
      { candidateIds: [...selected], stage, ...(rejectReason ? { reason: rejectReason } : {}) },
      {
        onSuccess: () => {
          setTarget(null);
          setRejecting(false);
          setReason('');
          onDone();
        },
      },
    );
  const reject = (event: FormEvent) => {
    event.preventDefault();
    run('rejected', reason.trim());
  };
  if (selected.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="sm" data-testid="bulk-actions">
      <Stack gap="xs">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Text size="sm" fw={600}>
            {selected.length === 1 ? '1 candidate ticked' : `${selected.length} candidates ticked`}
          </Text>
          <Select
            label="Move to stage"
            placeholder="Choose a stage"
            w={180}
            data={stages.filter((stage) => stage.key !== 'rejected').map((stage) => ({ value: stage.key, label: stage.name }))}
            value={target}
            onChange={(value) => setTarget(stages.find((stage) => stage.key === value)?.key ?? null)}
          />
          <Button variant="light" disabled={!target} loading={move.isPending && move.variables?.stage === target} onClick={() => target && run(target)}>
            Move
          </Button>
          <Button variant="light" color="teal" loading={move.isPending && move.variables?.stage === 'shortlisted'} onClick={() => run('shortlisted')}>
            Shortlist ({nameOf('shortlisted')})
          </Button>
          <Button variant="light" color="red" onClick={() => setRejecting(true)}>
            Reject…
          </Button>
        </Group>
        {rejecting ? null : <FormError error={move.error} />}
      </Stack>
      <LazyModal opened={rejecting} onClose={() => setRejecting(false)} title={`Reject ${selected.length} ticked`}>
        <form onSubmit={reject} noValidate>
          <Stack gap="md">
            <Textarea label="Reason" description="Kept with each candidate, for your team." required autosize minRows={3} data-autofocus value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
            <FormError error={move.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRejecting(false)}>
                Cancel
              </Button>
              <Button type="submit" color="red" loading={move.isPending}>
                Reject
              </Button>
            </Group>
          </Stack>
        </form>
      </LazyModal>
    </Paper>
  );
}
