import { Anchor, Badge, Button, Card, FileInput, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ticketCategories, ticketPriorities, type TicketCategory, type TicketPriority } from '#shared/vocabulary.ts';
import { useMyTickets, useOpenTicket } from '#web/features/support/hooks/use-tickets.ts';
import { ticketCategoryLabels, ticketPriorityLabels, ticketStatusColors, ticketStatusLabels } from '#web/features/support/ticket-labels.ts';
import { formatRelativeTime } from '#web/ui/format-time.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { PageControls } from '#web/ui/page-controls.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';

const pageSize = 20;

/** A user's tickets, and the form to open a new one (with an optional screenshot or file). */
export function SupportPage() {
  const [page, setPage] = useState(1);
  const tickets = useMyTickets({ page, pageSize });
  return (
    <Stack gap="lg">
      <PageHeader title="Help and support" description="Ask the people who run this Parley installation; they answer here and you are notified." />
      <NewTicketForm />
      <Card withBorder radius="lg" padding="lg">
        <Text fw={600} mb="sm">
          Your tickets
        </Text>
        <QueryError error={tickets.error} onRetry={() => tickets.refetch()} what="your tickets" />
        {tickets.data?.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            No tickets yet.
          </Text>
        ) : null}
        {tickets.data && tickets.data.items.length > 0 ? (
          <>
            <Table data-testid="my-tickets">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Subject</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Updated</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tickets.data.items.map((ticket) => (
                  <Table.Tr key={ticket.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/support/tickets/${ticket.id}`}>
                        {ticket.subject}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={ticketStatusColors[ticket.status]} variant="light">
                        {ticketStatusLabels[ticket.status]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{formatRelativeTime(ticket.updatedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <PageControls page={page} pageSize={pageSize} total={tickets.data.total} onChange={setPage} what={['ticket', 'tickets']} />
          </>
        ) : null}
      </Card>
    </Stack>
  );
}

function NewTicketForm() {
  const [subject, setSubject] = useState('');
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState<TicketCategory>('general');
  const [priority, setPriority] = useState<TicketPriority>('medium');
  const [file, setFile] = useState<File | null>(null);
  const open = useOpenTicket();
  const navigate = useNavigate();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    open.mutate({ body: { subject, description, category, priority }, file }, { onSuccess: (created) => void navigate(`/support/tickets/${created.id}`) });
  };
  return (
    <Card withBorder radius="lg" padding="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text fw={600}>New ticket</Text>
          <FormError error={open.error} />
          <TextInput label="Subject" required value={subject} onChange={(e) => setSubject(e.currentTarget.value)} maxLength={200} />
          <Textarea label="What happened?" required autosize minRows={4} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Category"
              data={ticketCategories.map((value) => ({ value, label: ticketCategoryLabels[value] }))}
              value={category}
              allowDeselect={false}
              onChange={(value) => setCategory((value ?? 'general'))}
            />
            <Select
              label="Priority"
              data={ticketPriorities.map((value) => ({ value, label: ticketPriorityLabels[value] }))}
              value={priority}
              allowDeselect={false}
              onChange={(value) => setPriority((value ?? 'medium'))}
            />
          </SimpleGrid>
          <FileInput label="Screenshot or file (optional)" description="PNG, JPEG, GIF, WebP, PDF or text, at most 10 MB" clearable value={file} onChange={setFile} />
          <Group>
            <Button type="submit" loading={open.isPending}>
              Send ticket
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
