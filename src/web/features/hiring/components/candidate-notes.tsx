import { Button, Card, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Note } from '#shared/contracts/hiring-team.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useNoteChanges, useNotes } from '#web/features/hiring/hooks/use-team.ts';
import { NoteForm } from './note-form.tsx';

function NoteItem({ note, members, candidateId }: { note: Note; members: Parameters<typeof NoteForm>[0]['members']; candidateId: string }) {
  const { edit, remove } = useNoteChanges(candidateId);
  const [editing, setEditing] = useState(false);
  return (
    <Card withBorder radius="md" padding="sm" data-testid="candidate-note">
      <Group justify="space-between" gap="xs" mb={4}>
        <Text size="sm" fw={600}>
          {note.author?.name ?? 'A former member'}
        </Text>
        <Text size="xs" c="dimmed">
          {new Date(note.createdAt).toLocaleString()}
          {note.updatedAt !== note.createdAt ? ' (edited)' : ''}
        </Text>
      </Group>
      {editing ? (
        <NoteForm
          members={members}
          initial={note.body}
          submitLabel="Save"
          pending={edit.isPending}
          error={edit.error}
          onCancel={() => setEditing(false)}
          onSubmit={(body) => edit.mutate({ noteId: note.id, body }, { onSuccess: () => setEditing(false) })}
        />
      ) : (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {note.body}
        </Text>
      )}
      {note.mentions.length > 0 && !editing ? (
        <Text size="xs" c="dimmed" mt={4}>
          Mentions: {note.mentions.map((member) => member.name).join(', ')}
        </Text>
      ) : null}
      {note.mine && !editing ? (
        <Group gap="xs" mt="xs">
          <Button size="compact-xs" variant="subtle" onClick={() => setEditing(true)}>
            Edit
          </Button>
          <Button size="compact-xs" variant="subtle" color="red" loading={remove.isPending} onClick={() => remove.mutate(note.id)}>
            Delete
          </Button>
        </Group>
      ) : null}
      <FormError error={remove.error} />
    </Card>
  );
}

/** The team's notes on the candidate, oldest first, and a form to add one (every member of the workspace may). */
export function CandidateNotes({ candidateId }: { candidateId: string }) {
  const notes = useNotes(candidateId);
  const { add } = useNoteChanges(candidateId);
  return (
    <Stack gap="sm" data-testid="candidate-notes">
      <Title order={3} size="h4">
        Team notes
      </Title>
      {notes.isPending ? (
        <Center py="sm">
          <Loader size="sm" aria-label="Loading notes" />
        </Center>
      ) : null}
      <QueryError error={notes.error} onRetry={() => notes.refetch()} what="the notes" />
      {notes.data ? (
        <>
          {notes.data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              No notes yet.
            </Text>
          ) : (
            notes.data.items.map((note) => <NoteItem key={note.id} note={note} members={notes.data.members} candidateId={candidateId} />)
          )}
          <NoteForm members={notes.data.members} submitLabel="Add note" pending={add.isPending} error={add.error} onSubmit={(body, done) => add.mutate(body, { onSuccess: done })} />
        </>
      ) : null}
    </Stack>
  );
}
