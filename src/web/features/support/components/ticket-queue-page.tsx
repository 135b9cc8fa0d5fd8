import { Anchor, Badge, Card, Group, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { ticketPriorities, ticketStatuses, type TicketPriority, type TicketStatus } from '#shared/vocabulary.ts';
import { useTicketQueue } from '#web/features/support/hooks/use-tickets.ts';
import { staffStatusLabels, ticketPriorityLabels, ticketStatusColors } from '#web/features/support/ticket-labels.ts';
import { formatRelativeTime } from '#web/ui/format-time.ts';
import { PageControls } from '#web/ui/page-controls.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';

const pageSize = 25;

/** Every ticket of the installation, for support staff, filtered by status, priority and who has it. */
export function TicketQueuePage() {
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<TicketStatus | undefined>();
  const [priority, setPriority] = useState<TicketPriority | undefined>();
  const [assignee, setAssignee] = useState<'me' | 'none' | undefined>();
  const queue = useTicketQueue({ page, pageSize, status, priority, assignee });
  return (
    <>
      <PageHeader title="Ticket queue" description="Every support ticket, most recently changed first." />
      <Group mb="md" align="flex-end">
        <Select label="Status" clearable placeholder="Any" data={ticketStatuses.map((value) => ({ value, label: staffStatusLabels[value] }))} value={status ?? null} onChange={(value) => { setStatus((value ?? undefined)); setPage(1); }} />
        <Select label="Priority" clearable placeholder="Any" data={ticketPriorities.map((value) => ({ value, label: ticketPriorityLabels[value] }))} value={priority ?? null} onChange={(value) => { setPriority((value ?? undefined)); setPage(1); }} />
        <Select label="Assigned" clearable placeholder="Anyone" data={[{ value: 'me', label: 'To me' }, { value: 'none', label: 'To nobody' }]} value={assignee ?? null} onChange={(value) => { setAssignee((value ?? undefined)); setPage(1); }} />
      </Group>
      <QueryError error={queue.error} onRetry={() => queue.refetch()} what="the ticket queue" />
      <Card withBorder radius="lg" padding="sm">
        {queue.data?.items.length === 0 ? (
          <Text size="sm" c="dimmed" p="sm">
            No tickets match.
          </Text>
        ) : null}
        {queue.data && queue.data.items.length > 0 ? (
          <Table data-testid="ticket-queue">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Subject</Table.Th>
                <Table.Th>From</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Priority</Table.Th>
                <Table.Th>Assigned</Table.Th>
                <Table.Th>Updated</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {queue.data.items.map((ticket) => (
                <Table.Tr key={ticket.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/support/tickets/${ticket.id}`}>
                      {ticket.subject}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{ticket.requester.name}</Table.Td>
                  <Table.Td>
                    <Badge color={ticketStatusColors[ticket.status]} variant="light">
                      {staffStatusLabels[ticket.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{ticketPriorityLabels[ticket.priority]}</Table.Td>
                  <Table.Td>{ticket.assignee?.name ?? '—'}</Table.Td>
                  <Table.Td>{formatRelativeTime(ticket.updatedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
      </Card>
      {queue.data ? <PageControls page={page} pageSize={pageSize} total={queue.data.total} onChange={setPage} what={['ticket', 'tickets']} /> : null}
    </>
  );
}
