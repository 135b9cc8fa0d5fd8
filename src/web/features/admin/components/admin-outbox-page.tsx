import { Accordion, Anchor, Badge, Card, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Fragment, useState } from 'react';
import { formatDateTime } from '#web/ui/format-time.ts';
import { PageControls } from '#web/ui/page-controls.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useOutbox } from '#web/features/admin/hooks/use-outbox.ts';
import { MailNotConfigured } from './mail-not-configured.tsx';

const pageSize = 25;

const urlPattern = /(https?:\/\/[^\s<>"']+)/g;

/** Mail text with its links clickable, so a verification or reset link can be followed from here. */
function LinkedText({ text }: { text: string }) {
  const parts = text.split(urlPattern);
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <Anchor key={index} href={part} data-testid="outbox-link">
            {part}
          </Anchor>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </Text>
  );
}

export function AdminOutboxPage() {
  const [to, setTo] = useState('');
  const [debounced] = useDebouncedValue(to.trim(), 300);
  const [page, setPage] = useState(1);
  const messages = useOutbox({ to: debounced || undefined, page, pageSize });
  return (
    <>
      <PageHeader
        title="Outbox"
        description="Mail this installation sent or would have sent. Without SMTP configured, this is where verification, reset and invitation messages wait."
      />
      <MailNotConfigured />
      <Card withBorder radius="lg" padding="lg">
        <Stack gap="md">
          <TextInput
            placeholder="Filter by recipient"
            aria-label="Filter by recipient"
            value={to}
            onChange={(e) => {
              setTo(e.currentTarget.value);
              setPage(1);
            }}
            maw={360}
          />
          <QueryError error={messages.error} onRetry={() => messages.refetch()} what="the outbox" />
          {messages.isPending ? <Loader size="sm" /> : null}
          {messages.data && messages.data.items.length === 0 ? <Text c="dimmed">No messages yet.</Text> : null}
          {messages.data && messages.data.items.length > 0 ? (
            <Accordion variant="separated" radius="md" data-testid="outbox-list">
              {messages.data.items.map((message) => (
                <Accordion.Item key={message.id} value={message.id}>
                  <Accordion.Control>
                    <Group justify="space-between" wrap="nowrap" pr="sm">
                      <Stack gap={0} style={{ minWidth: 0 }}>
                        <Text size="sm" fw={600} truncate>
                          {message.subject}
                        </Text>
                        <Text size="xs" c="dimmed" truncate>
                          To {message.toAddress} · {formatDateTime(message.createdAt)}
                        </Text>
                      </Stack>
                      <Group gap={6} wrap="nowrap">
                        <Badge size="sm" variant="light" color="gray">
                          {message.kind.replace(/_/g, ' ')}
                        </Badge>
                        {message.error ? (
                          <Badge size="sm" variant="light" color="red">
                            failed
                          </Badge>
                        ) : (
                          <Badge size="sm" variant="light" color={message.transport === 'smtp' ? 'teal' : 'blue'}>
                            {message.transport === 'smtp' ? 'sent' : 'outbox'}
                          </Badge>
                        )}
                      </Group>
                    </Group>
                  </Accordion.Control>
                  <Accordion.Panel>
                    {message.error ? (
                      <Text size="xs" c="red" mb="xs">
                        {message.error}
                      </Text>
                    ) : null}
                    <LinkedText text={message.textBody} />
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
          ) : null}
          {messages.data ? <PageControls page={page} pageSize={pageSize} total={messages.data.total} onChange={setPage} what={['message', 'messages']} /> : null}
        </Stack>
      </Card>
    </>
  );
}
