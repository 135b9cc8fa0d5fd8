import { Anchor, Badge, Button, Card, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useConversations, useStartConversation } from '#web/features/career/hooks/use-stories.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { PageControls } from '#web/ui/page-controls.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';

const pageSize = 20;

/** The story conversations: start one about something you name (?topic= prefills it), or resume one. */
export function ConversationsPage() {
  useDocumentTitle('Stories');
  const [search] = useSearchParams();
  const [topic, setTopic] = useState(search.get('topic') ?? '');
  const [page, setPage] = useState(1);
  const conversations = useConversations(page);
  const start = useStartConversation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title="Stories" description="Tell the assistant about something you did; it asks one question at a time until the story is complete, then proposes an experience for your library." />
      <Card withBorder radius="md" mb="lg" maw={760}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            start.mutate(topic.trim(), { onSuccess: (conversation) => void navigate(`/career/conversations/${conversation.id}`) });
          }}
        >
          <Stack gap="xs">
            <TextInput label="What do you want to talk about?" placeholder="e.g. the time I moved our invoicing to a new system" value={topic} onChange={(event) => setTopic(event.currentTarget.value)} />
            <FormError error={start.error} />
            <Group justify="flex-end">
              <Button type="submit" loading={start.isPending} disabled={!topic.trim()}>
                Start
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <QueryError error={conversations.error} onRetry={() => conversations.refetch()} what="your conversations" />
      {conversations.isPending ? <Loader size="sm" aria-label="Loading your conversations" /> : null}
      {conversations.data ? (
        <Stack gap="xs" maw={760}>
          {conversations.data.items.length === 0 ? <Text c="dimmed">No conversations yet.</Text> : null}
          {conversations.data.items.map((item) => (
            <Group key={item.id} justify="space-between">
              <Anchor component={Link} to={`/career/conversations/${item.id}`}>
                {item.title}
              </Anchor>
              <Group gap="xs">
                <Text size="xs" c="dimmed">
                  {item.messageCount} messages
                </Text>
                <Badge variant="light" color={item.experienceId ? 'green' : item.status === 'completed' ? 'blue' : 'gray'}>
                  {item.experienceId ? 'saved' : item.status === 'completed' ? 'ready to save' : 'in progress'}
                </Badge>
              </Group>
            </Group>
          ))}
          <PageControls page={page} pageSize={pageSize} total={conversations.data.total} onChange={setPage} what={['conversation', 'conversations']} />
        </Stack>
      ) : null}
    </>
  );
}
