import { Stack, Switch, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WorkspaceResponse } from '#shared/contracts/workspaces.ts';
import { api } from '#web/app/api-client.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { updateWorkspace } from '../api/workspaces-api.ts';
import { workspacesKey } from '../hooks/workspace-keys.ts';

/** Blind screening for every job of the workspace: owners switch it, everyone else sees whether it is on. */
export function WorkspaceBlindScreeningSwitch({ workspace }: { workspace: WorkspaceResponse }) {
  const queryClient = useQueryClient();
  const update = useMutation({
    mutationFn: (blindScreening: boolean) => updateWorkspace(api, workspace.id, { blindScreening }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspacesKey, exact: true }),
  });
  const canChange = workspace.role === 'owner';
  return (
    <Stack gap="xs" mt="sm">
      <Title order={4} size="h5">
        Screening
      </Title>
      <Switch
        label="Blind screening for every job"
        description={`Candidates' names, contact details and file names stay hidden from the whole team until someone shortlists them.${canChange ? '' : ' Only owners can change this.'}`}
        checked={update.isPending ? update.variables : workspace.blindScreening}
        disabled={!canChange || update.isPending}
        onChange={(event) => update.mutate(event.currentTarget.checked)}
        data-testid="workspace-blind-switch"
      />
      <FormError error={update.error} />
    </Stack>
  );
}
