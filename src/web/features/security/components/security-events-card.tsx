import { Badge, Card, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime } from '#web/ui/format-time.ts';
import { PageControls } from '#web/ui/page-controls.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { labelOfAction } from '#web/features/security/action-labels.ts';
import { useSecurityEvents } from '#web/features/security/hooks/use-security-events.ts';

const pageSize = 10;

/** What happened to this account, newest first: sign-ins and failed attempts, 2FA, password, sessions, keys, workspaces. */
export function SecurityEventsCard() {
  const [page, setPage] = useState(1);
  const events = useSecurityEvents({ page, pageSize });
  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={3} size="h4">
            Recent security events
          </Title>
          <Text size="sm" c="dimmed">
            Sign-ins (and failed attempts), two-factor and password changes, signed-out sessions, API keys and workspace memberships of your account.
          </Text>
        </Stack>
        <QueryError error={events.error} onRetry={() => events.refetch()} what="your security events" />
        {events.isPending ? <Loader size="sm" /> : null}
        {events.data && events.data.items.length === 0 ? <Text c="dimmed">Nothing recorded yet.</Text> : null}
        {events.data && events.data.items.length > 0 ? (
          <>
            <Table.ScrollContainer minWidth={520}>
              <Table verticalSpacing="xs" data-testid="security-events-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>What</Table.Th>
                    <Table.Th>When</Table.Th>
                    <Table.Th>IP address</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {events.data.items.map((event, index) => (
                    <Table.Tr key={`${event.at}-${index}`} data-testid="security-event-row">
                      <Table.Td>
                        <Text size="sm">
                          {labelOfAction(event.action)}{' '}
                          {event.byYou ? null : (
                            <Badge size="xs" variant="light" color={event.action === 'auth.sign_in_failed' ? 'red' : 'gray'}>
                              not by you
                            </Badge>
                          )}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatDateTime(event.at)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" ff="monospace">
                          {event.ip ?? '—'}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <PageControls page={page} pageSize={pageSize} total={events.data.total} onChange={setPage} what={['event', 'events']} />
          </>
        ) : null}
      </Stack>
    </Card>
  );
}
