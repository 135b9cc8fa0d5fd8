import { Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { workspaceRoleNames, type WorkspaceResponse, type WorkspaceRoleName } from '#shared/contracts/workspaces.ts';
import { api } from '#web/app/api-client.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { formatDateTime } from '#web/ui/format-time.ts';
import { roleLabels } from '../workspace-roles.ts';
import { findInvitations, inviteMember, revokeInvitation } from '../api/workspaces-api.ts';

export function InvitationsSection({ workspace }: { workspace: WorkspaceResponse }) {
  const queryClient = useQueryClient();
  const key = ['workspaces', workspace.id, 'invitations'];
  const invitations = useQuery({ queryKey: key, queryFn: () => findInvitations(api, workspace.id) });
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<WorkspaceRoleName>('interviewer');
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const invite = useMutation({
    mutationFn: () => inviteMember(api, workspace.id, email.trim(), role),
    onSuccess: async () => {
      setEmail('');
      await refresh();
    },
  });
  const revoke = useMutation({ mutationFn: (id: string) => revokeInvitation(api, workspace.id, id), onSuccess: refresh });
  const roles = workspace.role === 'owner' ? workspaceRoleNames : workspaceRoleNames.filter((name) => name !== 'owner');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate();
  };
  const pending = invitations.data?.filter((invitation) => !invitation.acceptedAt) ?? [];

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
            onChange={(value) => value && setRole(value)}
          />
          <Button type="submit" loading={invite.isPending}>
            Send invitation
          </Button>
        </Group>
      </form>
      <FormError error={invitations.error ?? invite.error ?? revoke.error} />
      {pending.length > 0 ? (
        <Table verticalSpacing="xs">
          <Table.Tbody>
            {pending.map((invitation) => (
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
                    expires {formatDateTime(invitation.expiresAt)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Button size="xs" variant="subtle" color="red" onClick={() => revoke.mutate(invitation.id)}>
                    Revoke
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
