import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { FormError } from '#web/ui/form-error.tsx';
import { useRetryQuestion } from '#web/features/practice/hooks/use-report.ts';

/** Answers a question again; the new attempt is evaluated at once and shown beside the previous one. */
export function RetryQuestion({ sessionId, questionId }: { sessionId: string; questionId: string }) {
  const retry = useRetryQuestion(sessionId, questionId);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');

  if (!open) {
    return (
      <Group>
        <Button variant="light" size="xs" onClick={() => setOpen(true)}>
          Retry this question
        </Button>
      </Group>
    );
  }
  const submit = () =>
    retry.mutate(
      { text },
      {
        onSuccess: () => {
          setOpen(false);
          setText('');
        },
      },
    );
  return (
    <Stack gap="xs" data-testid="retry-form">
      <Textarea
        label="Your new answer"
        autosize
        minRows={4}
        maxRows={14}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && text.trim() !== '') {
            event.preventDefault();
            submit();
          }
        }}
      />
      <FormError error={retry.error} />
      <Group gap="sm">
        <Button size="xs" onClick={submit} loading={retry.isPending} disabled={text.trim() === ''}>
          Evaluate my new answer
        </Button>
        <Button size="xs" variant="subtle" color="gray" onClick={() => setOpen(false)} disabled={retry.isPending}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
