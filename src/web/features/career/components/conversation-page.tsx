import { Anchor, Badge, Button, Card, Center, Group, Loader, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useConversation, useSendMessage } from '#web/features/career/hooks/use-stories.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { StoryProposalForm } from './story-proposal-form.tsx';

/** A story conversation: the assistant asks one thing at a time; at the end it proposes an experience to edit and save. */
export function ConversationPage() {
  const { conversationId = '' } = useParams();
  const conversation = useConversation(conversationId);
  const [draft, setDraft] = useState('');
  const [streaming, setStreaming] = useState('');
  const send = useSendMessage(conversationId, (text) => setStreaming((current) => current + text));
  useDocumentTitle(conversation.data?.title ?? 'Story');

  const submit = () => {
    const content = draft.trim();
    if (!content) return;
    setStreaming('');
    send.mutate(content, {
      onSuccess: () => setDraft(''),
      onSettled: () => setStreaming(''),
    });
  };

  if (conversation.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading the conversation" />
      </Center>
    );
  }
  if (conversation.error) return <QueryError error={conversation.error} onRetry={() => conversation.refetch()} what="the conversation" />;
  const data = conversation.data;
  return (
    <>
      <PageHeader
        title={data.title}
        description={
          <>
            The assistant asks one question at a time to get the whole story: the situation, your task, what you did and the result. It keeps only your words.{' '}
            <Anchor component={Link} to="/career/conversations">
              All conversations
            </Anchor>
          </>
        }
      />
      <Stack gap="sm" maw={760} aria-live="polite">
        {data.messages.map((message) => (
          <Paper key={message.id} withBorder p="sm" radius="md" bg={message.role === 'user' ? 'var(--mantine-color-blue-light)' : undefined} data-testid={`message-${message.role}`}>
            <Text size="xs" c="dimmed" mb={4}>
              {message.role === 'user' ? 'You' : 'Assistant'}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {message.content}
            </Text>
          </Paper>
        ))}
        {send.isPending ? (
          <Paper withBorder p="sm" radius="md" data-testid="message-streaming">
            <Text size="xs" c="dimmed" mb={4}>
              Assistant
            </Text>
            {streaming ? <Text size="sm">{streaming}</Text> : <Loader size="xs" aria-label="The assistant is writing" />}
          </Paper>
        ) : null}
        {data.status === 'active' ? (
          <Stack gap="xs">
            <Textarea
              label="Your answer"
              autosize
              minRows={3}
              value={draft}
              onChange={(event) => setDraft(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
              }}
            />
            <FormError error={send.error} />
            <Group justify="flex-end">
              <Button onClick={submit} loading={send.isPending} disabled={!draft.trim()}>
                Send
              </Button>
            </Group>
          </Stack>
        ) : null}
        {data.proposal && data.experienceId ? (
          <Card withBorder radius="md">
            <Group gap="xs">
              <Badge color="green">Saved</Badge>
              <Text size="sm">This story is in your library.</Text>
              <Anchor component={Link} to="/career?tab=experiences" size="sm">
                Open your experiences
              </Anchor>
            </Group>
          </Card>
        ) : null}
        {data.proposal && !data.experienceId ? <StoryProposalForm conversationId={data.id} proposal={data.proposal} /> : null}
      </Stack>
    </>
  );
}
