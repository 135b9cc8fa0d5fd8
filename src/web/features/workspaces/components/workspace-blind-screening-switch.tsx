import { Stack, Switch, Title } from '@mantine/core';
import type { Workspace } from '#shared/contracts/workspaces.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { useUpdateWorkspace } from '#web/features/workspaces/hooks/use-workspaces.ts';

/** Blind screening for every job of the workspace: owners switch it, everyone else sees whether it is on. */
export function WorkspaceBlindScreeningSwitch({ workspace }: { workspace: Workspace }) {
  const update = useUpdateWorkspace(workspace.id);
  const canChange = workspace.role === 'owner';
  return (
    <Stack gap="xs" mt="sm">
      <Title order={4} size="h5">
        Screening
      </Title>
      <Switch
        label="Blind screening for every job"
        description={`Candidates' names, contact details and file names stay hidden from the whole team until someone shortlists them.${canChange ? '' : ' Only owners can change this.'}`}
        checked={(update.isPending ? update.variables.blindScreening : undefined) ?? workspace.blindScreening}
        disabled={!canChange || update.isPending}
        onChange={(event) => update.mutate({ blindScreening: event.currentTarget.checked })}
        data-testid="workspace-blind-switch"
      />
      <FormError error={update.error} />
    </Stack>
  );
}
