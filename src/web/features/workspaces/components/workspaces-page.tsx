import { Badge, Button, Card, Group, Loader, NavLink, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormError } from '#web/ui/form-error.tsx';
import { PageControls } from '#web/ui/page-controls.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useCreateWorkspace, useWorkspaces } from '#web/features/workspaces/hooks/use-workspaces.ts';
import { WorkspaceDetail } from './workspace-detail.tsx';

const pageSize = 20;

export function WorkspacesPage() {
  const [page, setPage] = useState(1);
  const workspaces = useWorkspaces({ page, pageSize });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const create = useCreateWorkspace();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(name.trim(), {
      onSuccess: (created) => {
        setName('');
        setSelectedId(created.id);
      },
    });
  };
  const items = workspaces.data?.items;
  const selected = items?.find((workspace) => workspace.id === selectedId) ?? (create.data?.id === selectedId ? create.data : undefined) ?? items?.[0];

  return (
    <>
      <PageHeader title="Workspaces" description="Hiring happens inside a workspace: a company or a team, with owners, recruiters and interviewers." />
      <Stack gap="lg">
        <Card withBorder radius="lg" padding="lg">
          <Stack gap="sm">
            <Title order={3} size="h4">
              Your workspaces
            </Title>
            <QueryError error={workspaces.error} onRetry={() => workspaces.refetch()} what="your workspaces" />
            {workspaces.isPending ? <Loader size="sm" /> : null}
            {workspaces.data && workspaces.data.total === 0 ? (
              <Text size="sm" c="dimmed">
                You are not in any workspace yet. Create one, or accept an invitation from a colleague.
              </Text>
            ) : null}
            {items?.map((workspace) => (
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
            {workspaces.data && workspaces.data.total > 0 ? (
              <PageControls page={page} pageSize={pageSize} total={workspaces.data.total} onChange={setPage} what={['workspace', 'workspaces']} />
            ) : null}
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
