import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, Loader, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { Ticket } from '#shared/contracts/support.ts';
import { ticketPriorities, ticketStatuses } from '#shared/vocabulary.ts';
import { useCurrentUser } from '#web/features/auth/hooks/use-current-user.ts';
import { attachmentUrl } from '#web/features/support/api/support-api.ts';
import { useAddComment, useReopenTicket, useTicket, useUpdateTicket } from '#web/features/support/hooks/use-tickets.ts';
import { staffStatusLabels, ticketCategoryLabels, ticketPriorityLabels, ticketStatusColors, ticketStatusLabels } from '#web/features/support/ticket-labels.ts';
import { formatRelativeTime } from '#web/ui/format-time.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';

/** One ticket: its description, attachment and thread; staff also change it and keep internal notes. */
export function TicketPage() {
  const { ticketId = '' } = useParams();
  const ticket = useTicket(ticketId);
  const me = useCurrentUser();
  const staff = me.data?.role === 'admin' || me.data?.role === 'support';
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={staff ? '/support/queue' : '/support'} size="sm">
        {staff ? 'Back to the queue' : 'Back to your tickets'}
      </Anchor>
      <QueryError error={ticket.error} onRetry={() => ticket.refetch()} what="the ticket" />
      {ticket.isPending ? <Loader size="sm" /> : null}
      {ticket.data ? <TicketView ticket={ticket.data} staff={staff} meId={me.data?.id ?? ''} /> : null}
    </Stack>
  );
}

function TicketView({ ticket, staff, meId }: { ticket: Ticket; staff: boolean; meId: string }) {
  const labels = staff ? staffStatusLabels : ticketStatusLabels;
  return (
    <>
      <PageHeader title={ticket.subject} description={`${ticketCategoryLabels[ticket.category as keyof typeof ticketCategoryLabels] ?? ticket.category} · opened ${formatRelativeTime(ticket.createdAt)} by ${ticket.requester.name}`} />
      <Group gap="xs">
        <Badge color={ticketStatusColors[ticket.status]} variant="light" data-testid="ticket-status">
          {labels[ticket.status]}
        </Badge>
        <Badge color="gray" variant="outline">
          {ticketPriorityLabels[ticket.priority]} priority
        </Badge>
        {ticket.assignee ? <Text size="sm">Assigned to {ticket.assignee.name}</Text> : null}
      </Group>
      {staff ? <StaffControls ticket={ticket} meId={meId} /> : null}
      <Card withBorder radius="lg" padding="lg">
        <Text style={{ whiteSpace: 'pre-wrap' }}>{ticket.description}</Text>
        {ticket.attachment ? (
          <Anchor href={attachmentUrl(ticket.id)} mt="sm" display="block" data-testid="ticket-attachment">
            {ticket.attachment.name} ({Math.ceil(ticket.attachment.sizeBytes / 1024)} KB)
          </Anchor>
        ) : null}
      </Card>
      <Stack gap="sm" data-testid="ticket-thread">
        {ticket.comments.map((comment) => (
          <Paper key={comment.id} withBorder p="md" radius="md" bg={comment.internal ? 'yellow.0' : undefined} data-testid="ticket-comment" data-internal={comment.internal}>
            <Group justify="space-between" mb={4}>
              <Text size="sm" fw={600}>
                {comment.authorName ?? 'Deleted user'}
                {comment.fromStaff ? ' (support)' : ''}
                {comment.internal ? ' · internal note' : ''}
              </Text>
              <Text size="xs" c="dimmed">
                {formatRelativeTime(comment.createdAt)}
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {comment.body}
            </Text>
          </Paper>
        ))}
      </Stack>
      {ticket.status === 'closed' ? <ClosedNotice ticket={ticket} staff={staff} /> : <ReplyForm ticketId={ticket.id} staff={staff} />}
    </>
  );
}

function ReplyForm({ ticketId, staff }: { ticketId: string; staff: boolean }) {
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const add = useAddComment(ticketId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ body, ...(staff ? { internal } : {}) }, { onSuccess: () => setBody('') });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <FormError error={add.error} />
        <Textarea label={internal ? 'Internal note' : 'Reply'} autosize minRows={3} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
        {staff ? <Checkbox label="Internal note (the user never sees it)" checked={internal} onChange={(e) => setInternal(e.currentTarget.checked)} /> : null}
        <Group>
          <Button type="submit" loading={add.isPending}>
            {internal ? 'Add note' : 'Send reply'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ClosedNotice({ ticket, staff }: { ticket: Ticket; staff: boolean }) {
  const reopen = useReopenTicket(ticket.id);
  const canReopen = !staff && ticket.reopenUntil !== null;
  return (
    <Alert color="gray" variant="light" title="This ticket is closed">
      <Stack gap="xs">
        <FormError error={reopen.error} />
        {canReopen ? (
          <>
            <Text size="sm">Not solved after all? You can reopen it until {new Date(ticket.reopenUntil ?? '').toLocaleDateString()}.</Text>
            <Button w="fit-content" variant="light" loading={reopen.isPending} onClick={() => reopen.mutate()}>
              Reopen ticket
            </Button>
          </>
        ) : (
          <Text size="sm">{staff ? 'Change its status to work on it again.' : 'Open a new ticket if you need more help.'}</Text>
        )}
      </Stack>
    </Alert>
  );
}

function StaffControls({ ticket, meId }: { ticket: Ticket; meId: string }) {
  const update = useUpdateTicket(ticket.id);
  return (
    <Card withBorder radius="lg" padding="md">
      <Stack gap="xs">
        <FormError error={update.error} />
        <Group align="flex-end">
          <Select
            label="Status"
            data={ticketStatuses.map((value) => ({ value, label: staffStatusLabels[value] }))}
            value={ticket.status}
            allowDeselect={false}
            onChange={(value) => value && update.mutate({ status: value })}
          />
          <Select
            label="Priority"
            data={ticketPriorities.map((value) => ({ value, label: ticketPriorityLabels[value] }))}
            value={ticket.priority}
            allowDeselect={false}
            onChange={(value) => value && update.mutate({ priority: value })}
          />
          {ticket.assignee?.id === meId ? (
            <Button variant="light" onClick={() => update.mutate({ assignedTo: null })} loading={update.isPending}>
              Unassign me
            </Button>
          ) : (
            <Button variant="light" onClick={() => update.mutate({ assignedTo: meId })} loading={update.isPending}>
              Assign to me
            </Button>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          Requester: {ticket.requester.name} ({ticket.requester.email})
        </Text>
      </Stack>
    </Card>
  );
}
