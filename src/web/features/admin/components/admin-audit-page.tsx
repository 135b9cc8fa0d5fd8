import { Anchor, Badge, Button, Card, Group, Loader, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { auditActions, type AuditAction } from '#shared/vocabulary.ts';
import { formatDateTime } from '#web/ui/format-time.ts';
import { PageControls } from '#web/ui/page-controls.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useAuditEvents } from '#web/features/admin/hooks/use-audit.ts';
import { labelOfAction } from '#web/features/security/action-labels.ts';

const pageSize = 25;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A day picked in the filter (yyyy-mm-dd, local time) as the instant it starts; `nextDay` for the end of a range. */
function startOfDay(day: string, nextDay = false): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const date = new Date(`${day}T00:00:00`);
  if (nextDay) date.setDate(date.getDate() + 1);
  return date.toISOString();
}

/** Administration → Audit log: who did what, when and from where; filtered by action, actor and days, paged in the database. */
export function AdminAuditPage() {
  const [action, setAction] = useState<AuditAction | null>(null);
  const [actor, setActor] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(1);
  const actorId = uuidPattern.test(actor.trim()) ? actor.trim() : undefined;
  const events = useAuditEvents({ action: action ?? undefined, actorId, from: startOfDay(from), to: startOfDay(to, true), page, pageSize });
  const filter = (apply: () => void) => {
    apply();
    setPage(1);
  };

  return (
    <>
      <PageHeader title="Audit log" description="Sign-ins, security changes, keys, memberships, administrator actions and setting changes: who, what, when and from which address." />
      <Card withBorder radius="lg" padding="lg">
        <Stack gap="md">
          <Group align="flex-end" gap="sm">
            <Select
              label="Action"
              placeholder="Every action"
              clearable
              searchable
              data={auditActions.map((value) => ({ value, label: labelOfAction(value) }))}
              value={action}
              onChange={(value) => filter(() => setAction(value))}
              w={260}
            />
            <TextInput
              label="Actor (user id)"
              placeholder="Every actor"
              value={actor}
              onChange={(e) => filter(() => setActor(e.currentTarget.value))}
              error={actor.trim() !== '' && !actorId ? 'Paste a user id, or pick one in the list' : undefined}
              w={320}
            />
            <TextInput label="From" type="date" value={from} onChange={(e) => filter(() => setFrom(e.currentTarget.value))} w={160} />
            <TextInput label="To" type="date" value={to} onChange={(e) => filter(() => setTo(e.currentTarget.value))} w={160} />
            <Button
              variant="subtle"
              onClick={() =>
                filter(() => {
                  setAction(null);
                  setActor('');
                  setFrom('');
                  setTo('');
                })
              }
            >
              Clear
            </Button>
          </Group>
          <QueryError error={events.error} onRetry={() => events.refetch()} what="the audit log" />
          {events.isPending ? <Loader size="sm" /> : null}
          {events.data && events.data.items.length === 0 ? <Text c="dimmed">No events match.</Text> : null}
          {events.data && events.data.items.length > 0 ? (
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing="xs" data-testid="audit-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>When</Table.Th>
                    <Table.Th>Action</Table.Th>
                    <Table.Th>Actor</Table.Th>
                    <Table.Th>Target</Table.Th>
                    <Table.Th>IP address</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {events.data.items.map((event, index) => (
                    <Table.Tr key={`${event.at}-${index}`} data-testid="audit-row">
                      <Table.Td>
                        <Text size="sm">{formatDateTime(event.at)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={event.action === 'auth.sign_in_failed' ? 'red' : 'gray'} tt="none">
                          {labelOfAction(event.action)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {event.actorId ? (
                          <Anchor component="button" size="xs" ff="monospace" onClick={() => filter(() => setActor(event.actorId ?? ''))}>
                            {event.actorId}
                          </Anchor>
                        ) : (
                          <Text size="xs" c="dimmed">
                            nobody signed in
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs" ff="monospace">
                          {event.target ?? '—'}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs" ff="monospace">
                          {event.ip ?? '—'}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : null}
          {events.data ? <PageControls page={page} pageSize={pageSize} total={events.data.total} onChange={setPage} what={['event', 'events']} /> : null}
        </Stack>
      </Card>
    </>
  );
}
