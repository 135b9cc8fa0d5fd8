import { Badge, Button, Card, Group, Loader, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { FormError } from '#web/ui/form-error.tsx';
import { formatDateTime, formatRelativeTime } from '#web/ui/format-time.ts';
import { PageControls } from '#web/ui/page-controls.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useRevokeOtherSessions, useRevokeSession, useSessions } from '#web/features/security/hooks/use-sessions.ts';

const pageSize = 10;

export function SessionsCard() {
  const [page, setPage] = useState(1);
  const sessions = useSessions({ page, pageSize });
  const revokeOne = useRevokeSession();
  const revokeOthers = useRevokeOtherSessions();
  // The current session is always among them, on whichever page.
  const others = Math.max(0, (sessions.data?.total ?? 1) - 1);

  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={3} size="h4">
              Active sessions
            </Title>
            <Text size="sm" c="dimmed">
              Devices signed in to your account. Sign out any you do not recognise.
            </Text>
          </Stack>
          <Button
            variant="default"
            size="xs"
            disabled={others === 0}
            loading={revokeOthers.isPending}
            onClick={() => revokeOthers.mutate(undefined, { onSuccess: () => setPage(1) })}
          >
            Sign out all other sessions
          </Button>
        </Group>
        <QueryError error={sessions.error} onRetry={() => sessions.refetch()} what="your sessions" />
        <FormError error={revokeOne.error ?? revokeOthers.error} />
        {sessions.isPending ? <Loader size="sm" /> : null}
        {sessions.data ? (
          <>
            <Table.ScrollContainer minWidth={520}>
              <Table verticalSpacing="sm" data-testid="sessions-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Device</Table.Th>
                    <Table.Th>IP address</Table.Th>
                    <Table.Th>Last seen</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sessions.data.items.map((session) => (
                    <Table.Tr key={session.id} data-testid="session-row" data-current={session.current}>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Text size="sm">{session.device}</Text>
                          {session.current ? (
                            <Badge size="xs" variant="light" color="teal">
                              This device
                            </Badge>
                          ) : null}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" ff="monospace">
                          {session.ipAddress ?? 'unknown'}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Tooltip label={`Signed in ${formatDateTime(session.createdAt)}`} withArrow>
                          <Text size="sm">{formatRelativeTime(session.lastSeenAt)}</Text>
                        </Tooltip>
                      </Table.Td>
                      <Table.Td ta="right">
                        {session.current ? null : (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            loading={revokeOne.isPending && revokeOne.variables === session.id}
                            onClick={() => revokeOne.mutate(session.id)}
                          >
                            Sign out
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <PageControls page={page} pageSize={pageSize} total={sessions.data.total} onChange={setPage} what={['session', 'sessions']} />
          </>
        ) : null}
      </Stack>
    </Card>
  );
}
