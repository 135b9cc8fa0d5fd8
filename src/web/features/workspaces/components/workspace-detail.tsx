import { Button, Card, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Workspace } from '#shared/contracts/workspaces.ts';
import { workspaceRoles } from '#shared/vocabulary.ts';
import { useCurrentUser } from '#web/features/auth/hooks/use-current-user.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { PageControls } from '#web/ui/page-controls.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useChangeMemberRole, useLeaveWorkspace, useMembers, useRemoveMember } from '#web/features/workspaces/hooks/use-members.ts';
import { roleLabels } from '#web/features/workspaces/workspace-roles.ts';
import { WorkspaceUsageSection } from '#web/features/ai-usage/components/workspace-usage-section.tsx';
import { WorkspaceAnalyticsSection } from '#web/features/analytics/components/workspace-analytics-section.tsx';
import { InterviewRemindersSection } from '#web/features/interviews/components/interview-reminders-section.tsx';
import { InvitationsSection } from './invitations-section.tsx';
import { WorkspaceBlindScreeningSwitch } from './workspace-blind-screening-switch.tsx';
import { WorkspaceKeysSection } from './workspace-keys-section.tsx';

const pageSize = 20;

export function WorkspaceDetail({ workspace, onLeft }: { workspace: Workspace; onLeft: () => void }) {
  const me = useCurrentUser();
  const [page, setPage] = useState(1);
  const members = useMembers(workspace.id, { page, pageSize });
  const changeRole = useChangeMemberRole(workspace.id);
  const remove = useRemoveMember(workspace.id);
  const leave = useLeaveWorkspace(workspace.id);
  const isOwner = workspace.role === 'owner';
  const canInvite = workspace.role === 'owner' || workspace.role === 'recruiter';
  /** The workspace's analytics: the same roles the server lets read them. */
  const seesAnalytics = canInvite;

  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {workspace.name}: members
          </Title>
          <Button size="xs" variant="subtle" color="red" loading={leave.isPending} onClick={() => leave.mutate(undefined, { onSuccess: onLeft })}>
            Leave workspace
          </Button>
        </Group>
        <QueryError error={members.error} onRetry={() => members.refetch()} what="the members" />
        <FormError error={changeRole.error ?? remove.error ?? leave.error} />
        {members.isPending ? <Loader size="sm" /> : null}
        {members.data ? (
          <>
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
                  {members.data.items.map((member) => {
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
                              data={workspaceRoles.map((role) => ({ value: role, label: roleLabels[role] }))}
                              value={member.role}
                              allowDeselect={false}
                              onChange={(role) => {
                                const next = workspaceRoles.find((candidate) => candidate === role);
                                if (next) changeRole.mutate({ userId: member.userId, role: next });
                              }}
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
            <PageControls page={page} pageSize={pageSize} total={members.data.total} onChange={setPage} what={['member', 'members']} />
          </>
        ) : null}
        {/* The settings wait for the members above them, so the invitation form does not move while the page loads. */}
        {members.isPending ? null : (
          <>
            <WorkspaceBlindScreeningSwitch workspace={workspace} />
            <InterviewRemindersSection workspaceId={workspace.id} canChange={isOwner} />
            {canInvite ? <InvitationsSection workspace={workspace} /> : null}
            {isOwner ? <WorkspaceKeysSection workspaceId={workspace.id} /> : null}
            {isOwner ? <WorkspaceUsageSection workspaceId={workspace.id} /> : null}
            {seesAnalytics ? <WorkspaceAnalyticsSection workspaceId={workspace.id} /> : null}
          </>
        )}
      </Stack>
    </Card>
  );
}
