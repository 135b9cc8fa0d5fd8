import { Button, Group, Stack, Text } from '@mantine/core';
import { LazyModal } from '#web/ui/lazy-modal.tsx';
import { useNavigate } from 'react-router';
import type { Job } from '#shared/contracts/hiring.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { useDeleteJob } from '#web/features/hiring/hooks/use-jobs.ts';

export function DeleteJobDialog({ job, opened, onClose }: { job: Job; opened: boolean; onClose: () => void }) {
  const remove = useDeleteJob(job.id);
  const navigate = useNavigate();
  return (
    <LazyModal opened={opened} onClose={onClose} title="Delete this job?">
      <Stack gap="md">
        <Text size="sm">
          <b>{job.title}</b> will be deleted with every CV upload and candidate screened for it. This cannot be undone.
        </Text>
        <FormError error={remove.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep it
          </Button>
          <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(undefined, { onSuccess: () => void navigate(`/hiring?workspace=${job.workspaceId}`) })}>
            Delete job
          </Button>
        </Group>
      </Stack>
    </LazyModal>
  );
}
