import { Button, Card, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { workspaceRoleNames, type WorkspaceResponse, type WorkspaceRoleName } from '#shared/contracts/workspaces.ts';
import { api } from '#web/app/api-client.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { useCurrentUser } from '#web/features/auth/hooks/use-current-user.ts';
import { changeMemberRole, findMembers, leaveWorkspace, removeMember } from '../api/workspaces-api.ts';
import { workspacesKey } from '../hooks/workspace-keys.ts';
import { roleLabels } from '../workspace-roles.ts';
import { InvitationsSection } from './invitations-section.tsx';
import { WorkspaceBlindScreeningSwitch } from './workspace-blind-screening-switch.tsx';
import { WorkspaceKeysSection } from './workspace-keys-section.tsx';

export function WorkspaceDetail({ workspace, onLeft }: { workspace: WorkspaceResponse; onLeft: () => void }) {
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const membersKey = ['workspaces', workspace.id, 'members'];
  const members = useQuery({ queryKey: membersKey, queryFn: () => findMembers(api, workspace.id) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: membersKey });
  const changeRole = useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: WorkspaceRoleName }) => changeMemberRole(api, workspace.id, userId, role),
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: (userId: string) => removeMember(api, workspace.id, userId), onSuccess: refresh });
  const leave = useMutation({
    mutationFn: () => leaveWorkspace(api, workspace.id),
    onSuccess: async () => {
      onLeft();
      await queryClient.invalidateQueries({ queryKey: workspacesKey });
    },
  });
  const isOwner = workspace.role === 'owner';
  const canInvite = workspace.role === 'owner' || workspace.role === 'recruiter';

  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {workspace.name}: members
          </Title>
          <Button size="xs" variant="subtle" color="red" loading={leave.isPending} onClick={() => leave.mutate()}>
            Leave workspace
          </Button>
        </Group>
        <FormError error={members.error ?? changeRole.error ?? remove.error ?? leave.error} />
        {members.isPending ? <Loader size="sm" /> : null}
        {members.data ? (
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing="sm" data-testid="members-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Member</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.data.map((member) => {
                  const isMe = member.userId === me.data?.id;
                  return (
                    <Table.Tr key={member.userId}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {member.name}
                          {isMe ? ' (you)' : ''}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {member.email}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {isOwner && !isMe ? (
                          <Select
                            size="xs"
                            w={150}
                            aria-label={`Role of ${member.email}`}
                            data={workspaceRoleNames.map((role) => ({ value: role, label: roleLabels[role] }))}
                            value={member.role}
                            allowDeselect={false}
                            onChange={(role) => role && changeRole.mutate({ userId: member.userId, role: role })}
                          />
                        ) : (
                          <Text size="sm">{roleLabels[member.role]}</Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">
                        {isOwner && !isMe ? (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            loading={remove.isPending && remove.variables === member.userId}
                            onClick={() => remove.mutate(member.userId)}
                          >
                            Remove
                          </Button>
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
        <WorkspaceBlindScreeningSwitch workspace={workspace} />
        {canInvite ? <InvitationsSection workspace={workspace} /> : null}
        {isOwner ? <WorkspaceKeysSection workspaceId={workspace.id} /> : null}
      </Stack>
    </Card>
  );
}
