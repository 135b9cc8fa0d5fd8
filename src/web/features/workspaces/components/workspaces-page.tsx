import { Badge, Button, Card, Group, Loader, NavLink, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '#web/app/api-client.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { createWorkspace, findMyWorkspaces } from '../api/workspaces-api.ts';
import { workspacesKey } from '../hooks/workspace-keys.ts';
import { WorkspaceDetail } from './workspace-detail.tsx';

export function WorkspacesPage() {
  const queryClient = useQueryClient();
  const workspaces = useQuery({ queryKey: workspacesKey, queryFn: () => findMyWorkspaces(api) });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: () => createWorkspace(api, name.trim()),
    onSuccess: async (created) => {
      setName('');
      setSelectedId(created.id);
      await queryClient.invalidateQueries({ queryKey: workspacesKey });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const selected = workspaces.data?.find((workspace) => workspace.id === selectedId) ?? workspaces.data?.[0];

  return (
    <>
      <PageHeader title="Workspaces" description="Hiring happens inside a workspace: a company or a team, with owners, recruiters and interviewers." />
      <Stack gap="lg">
        <Card withBorder radius="lg" padding="lg">
          <Stack gap="sm">
            <Title order={3} size="h4">
              Your workspaces
            </Title>
            <FormError error={workspaces.error} />
            {workspaces.isPending ? <Loader size="sm" /> : null}
            {workspaces.data && workspaces.data.length === 0 ? (
              <Text size="sm" c="dimmed">
                You are not in any workspace yet. Create one, or accept an invitation from a colleague.
              </Text>
            ) : null}
            {workspaces.data?.map((workspace) => (
              <NavLink
                key={workspace.id}
                label={workspace.name}
                active={workspace.id === selected?.id}
                onClick={() => setSelectedId(workspace.id)}
                rightSection={
                  <Badge size="sm" variant="light">
                    {workspace.role}
                  </Badge>
                }
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
              />
            ))}
            <form onSubmit={submit} noValidate>
              <Group align="flex-end" gap="sm" mt="xs">
                <TextInput label="New workspace" placeholder="Acme hiring team" value={name} onChange={(e) => setName(e.currentTarget.value)} style={{ flex: 1, maxWidth: 360 }} />
                <Button type="submit" loading={create.isPending}>
                  Create
                </Button>
              </Group>
            </form>
            <FormError error={create.error} />
          </Stack>
        </Card>
        {selected ? <WorkspaceDetail key={selected.id} workspace={selected} onLeft={() => setSelectedId(null)} /> : null}
      </Stack>
    </>
  );
}
