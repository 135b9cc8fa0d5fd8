import { Badge, Button, Card, Group, Loader, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '#web/app/api-client.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { formatDateTime, formatRelativeTime } from '#web/ui/format-time.ts';
import { findMySessions, revokeOtherSessions, revokeSession } from '../api/sessions-api.ts';

const sessionsKey = ['me', 'sessions'] as const;

export function SessionsCard() {
  const queryClient = useQueryClient();
  const sessions = useQuery({ queryKey: sessionsKey, queryFn: () => findMySessions(api) });
  const onDone = () => queryClient.invalidateQueries({ queryKey: sessionsKey });
  const revokeOne = useMutation({ mutationFn: (id: string) => revokeSession(api, id), onSuccess: onDone });
  const revokeOthers = useMutation({ mutationFn: () => revokeOtherSessions(api), onSuccess: onDone });
  const others = sessions.data?.filter((session) => !session.current).length ?? 0;

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
          <Button variant="default" size="xs" disabled={others === 0} loading={revokeOthers.isPending} onClick={() => revokeOthers.mutate()}>
            Sign out all other sessions
          </Button>
        </Group>
        <FormError error={sessions.error ?? revokeOne.error ?? revokeOthers.error} />
        {sessions.isPending ? <Loader size="sm" /> : null}
        {sessions.data ? (
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
                {sessions.data.map((session) => (
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
        ) : null}
      </Stack>
    </Card>
  );
}
