import { Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Workspace } from '#shared/contracts/workspaces.ts';
import { workspaceRoles, type WorkspaceRole } from '#shared/vocabulary.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { formatDateTime } from '#web/ui/format-time.ts';
import { PageControls } from '#web/ui/page-controls.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useInvitations, useInviteMember, useRevokeInvitation } from '#web/features/workspaces/hooks/use-invitations.ts';
import { roleLabels } from '#web/features/workspaces/workspace-roles.ts';

const pageSize = 10;

export function InvitationsSection({ workspace }: { workspace: Workspace }) {
  const [page, setPage] = useState(1);
  const invitations = useInvitations(workspace.id, { page, pageSize });
  const invite = useInviteMember(workspace.id);
  const revoke = useRevokeInvitation(workspace.id);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<WorkspaceRole>('interviewer');
  const roles = workspace.role === 'owner' ? workspaceRoles : workspaceRoles.filter((name) => name !== 'owner');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate(
      { email: email.trim(), role },
      {
        onSuccess: () => {
          setEmail('');
          setPage(1);
        },
      },
    );
  };

  return (
    <Stack gap="sm" mt="sm">
      <Title order={4} size="h5">
        Invite someone
      </Title>
      <form onSubmit={submit} noValidate>
        <Group align="flex-end" gap="sm">
          <TextInput label="Email" type="email" placeholder="colleague@example.com" value={email} onChange={(e) => setEmail(e.currentTarget.value)} style={{ flex: 1, maxWidth: 320 }} />
          <Select
            label="Role"
            w={160}
            data={roles.map((value) => ({ value, label: roleLabels[value] }))}
            value={role}
            allowDeselect={false}
            onChange={(value) => setRole(roles.find((candidate) => candidate === value) ?? role)}
          />
          <Button type="submit" loading={invite.isPending}>
            Send invitation
          </Button>
        </Group>
      </form>
      <FormError error={invite.error ?? revoke.error} />
      <QueryError error={invitations.error} onRetry={() => invitations.refetch()} what="the invitations" />
      {invitations.data && invitations.data.total > 0 ? (
        <>
          <Table verticalSpacing="xs" data-testid="invitations-table">
            <Table.Tbody>
              {invitations.data.items.map((invitation) => (
                <Table.Tr key={invitation.id}>
                  <Table.Td>
                    <Text size="sm">{invitation.email}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" size="sm">
                      {roleLabels[invitation.role]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {invitation.acceptedAt ? `accepted ${formatDateTime(invitation.acceptedAt)}` : `expires ${formatDateTime(invitation.expiresAt)}`}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {invitation.acceptedAt ? null : (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        loading={revoke.isPending && revoke.variables === invitation.id}
                        onClick={() => revoke.mutate(invitation.id)}
                      >
                        Revoke
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <PageControls page={page} pageSize={pageSize} total={invitations.data.total} onChange={setPage} what={['invitation', 'invitations']} />
        </>
      ) : null}
    </Stack>
  );
}
