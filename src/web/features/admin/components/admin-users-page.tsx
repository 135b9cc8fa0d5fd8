import { ActionIcon, Badge, Card, Loader, Menu, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { AdminUser } from '#shared/contracts/admin.ts';
import { useAuthConfig } from '#web/features/auth/hooks/use-auth-config.ts';
import { useCurrentUser } from '#web/features/auth/hooks/use-current-user.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { formatDateTime, formatRelativeTime } from '#web/ui/format-time.ts';
import { PageControls } from '#web/ui/page-controls.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useAdminUserAction, useAdminUsers, type UserAction } from '#web/features/admin/hooks/use-admin-users.ts';
import { MailNotConfigured } from './mail-not-configured.tsx';

const pageSize = 25;

export function AdminUsersPage() {
  const me = useCurrentUser();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const [now] = useState(() => Date.now());
  const users = useAdminUsers({ search: debounced || undefined, page, pageSize });
  const act = useAdminUserAction();
  const mailConfigured = useAuthConfig().data?.emailDelivery === 'smtp';

  const run = (user: AdminUser, action: UserAction) => {
    if (action.kind === 'delete' && !window.confirm(`Delete ${user.email} and everything they own? This cannot be undone.`)) return;
    act.mutate({ userId: user.id, action });
  };

  return (
    <>
      <PageHeader title="Users" description="Everyone with an account on this installation." />
      <MailNotConfigured />
      <Card withBorder radius="lg" padding="lg">
        <Stack gap="md">
          <TextInput
            placeholder="Search by name or email"
            aria-label="Search users"
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setPage(1);
            }}
            maw={360}
          />
          <QueryError error={users.error} onRetry={() => users.refetch()} what="the users" />
          <FormError error={act.error} />
          {users.isPending ? <Loader size="sm" /> : null}
          {users.data ? (
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="sm" data-testid="admin-users-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>User</Table.Th>
                    <Table.Th>Role</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Last sign-in</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {users.data.items.map((user) => (
                    <Table.Tr key={user.id}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {user.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {user.email}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={user.role === 'admin' ? 'grape' : 'gray'}>
                          {user.role}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <UserStatus user={user} now={now} mailConfigured={mailConfigured} />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{user.lastSignInAt ? formatRelativeTime(user.lastSignInAt) : 'never'}</Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        {user.id === me.data?.id ? (
                          <Text size="xs" c="dimmed">
                            you
                          </Text>
                        ) : (
                          <Menu position="bottom-end" withArrow>
                            <Menu.Target>
                              <ActionIcon variant="subtle" aria-label={`Actions for ${user.email}`}>
                                ⋯
                              </ActionIcon>
                            </Menu.Target>
                            <Menu.Dropdown>
                              {user.banned || user.lockedUntil ? (
                                <Menu.Item onClick={() => run(user, { kind: 'unlock' })}>Unlock</Menu.Item>
                              ) : (
                                <Menu.Item onClick={() => run(user, { kind: 'lock' })}>Lock</Menu.Item>
                              )}
                              <Menu.Item onClick={() => run(user, { kind: 'role', role: user.role === 'admin' ? 'user' : 'admin' })}>
                                {user.role === 'admin' ? 'Make a regular user' : 'Make an administrator'}
                              </Menu.Item>
                              <Menu.Divider />
                              <Menu.Item color="red" onClick={() => run(user, { kind: 'delete' })}>
                                Delete user
                              </Menu.Item>
                            </Menu.Dropdown>
                          </Menu>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : null}
          {users.data && users.data.items.length === 0 ? <Text c="dimmed">No user matches “{debounced}”.</Text> : null}
          {users.data ? <PageControls page={page} pageSize={pageSize} total={users.data.total} onChange={setPage} what={['user', 'users']} /> : null}
        </Stack>
      </Card>
    </>
  );
}

function UserStatus({ user, now, mailConfigured }: { user: AdminUser; now: number; mailConfigured: boolean }) {
  if (user.banned) {
    return (
      <Tooltip label={user.banReason ?? 'Locked by an administrator'} withArrow>
        <Badge color="red" variant="light">
          Locked
        </Badge>
      </Tooltip>
    );
  }
  if (user.lockedUntil && new Date(user.lockedUntil).getTime() > now) {
    return (
      <Tooltip label={`Too many failed sign-ins; unlocks ${formatDateTime(user.lockedUntil)}`} withArrow>
        <Badge color="orange" variant="light">
          Locked until {formatDateTime(user.lockedUntil)}
        </Badge>
      </Tooltip>
    );
  }
  return (
    <Badge color={user.emailVerified || !mailConfigured ? 'teal' : 'yellow'} variant="light">
      {user.emailVerified || !mailConfigured ? 'Active' : 'Unverified'}
    </Badge>
  );
}

