import { Button, Group, Stack, Textarea, UnstyledButton, Paper, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { NoteList } from '#shared/contracts/hiring-team.ts';
import { FormError } from '#web/ui/form-error.tsx';

type Member = NoteList['members'][number];

/** The `@…` being typed at the end of the text, if any. */
const typedMention = /(^|\s)@([^@\s]*)$/;

/**
 * Writing a note: typing `@` and the start of a name or email suggests the workspace's members; picking one writes
 * `@Full Name`, which the server turns into a mention (the member is notified once).
 */
export function NoteForm({
  members,
  initial = '',
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  members: readonly Member[];
  initial?: string;
  submitLabel: string;
  pending: boolean;
  error: Error | null;
  onSubmit: (body: string, done: () => void) => void;
  onCancel?: () => void;
}) {
  const [body, setBody] = useState(initial);
  const typed = typedMention.exec(body)?.[2]?.toLowerCase();
  const suggestions =
    typed === undefined ? [] : members.filter((member) => member.name.toLowerCase().startsWith(typed) || member.email.toLowerCase().startsWith(typed)).slice(0, 6);
  const pick = (member: Member) => setBody((current) => current.replace(typedMention, (_match, before: string) => `${before}@${member.name} `));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(body.trim(), () => setBody(''));
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Textarea
          label={initial ? 'Edit note' : 'Add a note'}
          description="Type @ and a name to mention a teammate: they are notified."
          autosize
          minRows={2}
          maxLength={5000}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
        />
        {suggestions.length > 0 ? (
          <Paper withBorder radius="sm" p={4} role="listbox" aria-label="Mention a teammate">
            {suggestions.map((member) => (
              <UnstyledButton key={member.userId} role="option" aria-selected={false} onClick={() => pick(member)} px="xs" py={4} display="block" w="100%">
                <Text size="sm" span fw={600}>
                  {member.name}
                </Text>{' '}
                <Text size="xs" span c="dimmed">
                  {member.email}
                </Text>
              </UnstyledButton>
            ))}
          </Paper>
        ) : null}
        <FormError error={error} />
        <Group justify="flex-end" gap="xs">
          {onCancel ? (
            <Button variant="default" size="xs" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
          <Button type="submit" size="xs" loading={pending} disabled={!body.trim()}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
