import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { Job } from '#shared/contracts/hiring.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { isRescoreRunning, useRefreshWhenRescored, useRescoreJob } from '#web/features/hiring/hooks/use-jobs.ts';

const count = new Intl.NumberFormat('en');

/**
 * The background re-scoring after a change of requirements (decision 054): its progress while it runs, an error with
 * Retry when it failed, nothing otherwise. The ranking is read again when it finishes.
 */
export function RescoreProgress({ job, canEdit }: { job: Job; canEdit: boolean }) {
  useRefreshWhenRescored(job);
  const retry = useRescoreJob(job.id);
  const { rescore } = job;
  if (!rescore) return null;
  if (isRescoreRunning(rescore)) {
    const percent = rescore.total > 0 ? (100 * rescore.done) / rescore.total : 0;
    return (
      <Stack gap={4} mt="md" data-testid="rescore-progress" role="status">
        <Text size="sm">
          {rescore.status === 'queued' && rescore.done === 0
            ? 'Re-scoring the candidates against the new requirements…'
            : `Re-scoring ${count.format(rescore.done)} of ${count.format(rescore.total)}…`}
        </Text>
        <Progress value={percent} size="sm" animated aria-label="Re-scoring progress" />
      </Stack>
    );
  }
  if (rescore.status !== 'failed') return null;
  return (
    <Alert color="red" variant="light" mt="md" title="Re-scoring failed" data-testid="rescore-failed">
      <Group justify="space-between">
        <Text size="sm">
          {rescore.error ?? 'The candidates could not be scored again.'} {count.format(rescore.done)} of {count.format(rescore.total)} carry the new requirements.
        </Text>
        {canEdit ? (
          <Button size="xs" variant="light" color="red" loading={retry.isPending} onClick={() => retry.mutate()}>
            Retry
          </Button>
        ) : null}
      </Group>
      <FormError error={retry.error} />
    </Alert>
  );
}
