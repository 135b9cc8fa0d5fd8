import { Stack, Switch } from '@mantine/core';
import type { Job } from '#shared/contracts/hiring.ts';
import type { Workspace } from '#shared/contracts/workspaces.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { useUpdateJob } from '#web/features/hiring/hooks/use-jobs.ts';

/** The job's blind screening, for the whole team; when the workspace turned it on for every job, it stays on. */
export function BlindModeSwitch({ job, workspace, canEdit }: { job: Job; workspace: Workspace | undefined; canEdit: boolean }) {
  const update = useUpdateJob(job.id);
  const byWorkspace = Boolean(workspace?.blindScreening);
  return (
    <Stack gap={4} maw={300}>
      <Switch
        label="Blind screening"
        description={
          byWorkspace
            ? 'On for every job of this workspace.'
            : 'For the whole team: names, contact details and file names stay hidden until a candidate is shortlisted.'
        }
        checked={(update.isPending ? Boolean(update.variables.blindScreening) : job.blindScreening) || byWorkspace}
        disabled={!canEdit || byWorkspace || update.isPending}
        onChange={(event) => update.mutate({ blindScreening: event.currentTarget.checked })}
        data-testid="blind-switch"
      />
      <FormError error={update.error} />
    </Stack>
  );
}
