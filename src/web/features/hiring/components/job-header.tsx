import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Job } from '#shared/contracts/hiring.ts';
import type { Workspace } from '#shared/contracts/workspaces.ts';
import { BlindModeSwitch } from './blind-mode-switch.tsx';
import { DeleteJobDialog } from './delete-job-dialog.tsx';
import { JobStatusBadge } from './job-status-badge.tsx';

export function JobHeader({ job, workspace, canEdit }: { job: Job; workspace: Workspace | undefined; canEdit: boolean }) {
  const [deleting, { open, close }] = useDisclosure(false);
  return (
    <Group justify="space-between" align="flex-start" gap="lg">
      <Stack gap={6}>
        <Group gap="sm">
          <Title order={2}>{job.title}</Title>
          <JobStatusBadge status={job.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {workspace ? `${workspace.name} · ` : ''}
          {canEdit ? 'Upload CVs, review the ranking and decide.' : 'Read-only: your role in this workspace is interviewer.'}
        </Text>
      </Stack>
      <Group gap="lg" align="flex-start">
        <BlindModeSwitch job={job} workspace={workspace} canEdit={canEdit} />
        {canEdit ? (
          <Button variant="subtle" color="red" size="xs" onClick={open}>
            Delete job
          </Button>
        ) : null}
      </Group>
      {canEdit ? <DeleteJobDialog job={job} opened={deleting} onClose={close} /> : null}
    </Group>
  );
}
