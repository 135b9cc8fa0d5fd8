import { Alert, Badge, Button, Card, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { LiveNote } from '#shared/contracts/interviews.ts';
import { useAddNote, useAddTranscript } from '#web/features/interviews/hooks/use-room.ts';
import { useRoomNotes } from '#web/features/interviews/hooks/use-room-notes.ts';
import { FormError } from '#web/ui/form-error.tsx';

const sourceColors = { host: 'blue', system: 'gray', ai: 'violet' } as const;
const kindLabels: Record<string, string> = { note: 'Note', key_point: 'Key point', claim: 'Claim to verify', follow_up: 'Follow-up', summary: 'Summary' };

function NoteItem({ note }: { note: LiveNote }) {
  return (
    <Card withBorder padding="sm" radius="md" data-testid="room-note" data-source={note.source} data-kind={note.kind}>
      <Group gap="xs" mb={4}>
        <Badge size="xs" color={sourceColors[note.source]} variant="light">
          {note.source === 'ai' ? 'AI' : note.source === 'system' ? 'System' : 'Host'}
        </Badge>
        <Text size="xs" c="dimmed">
          {kindLabels[note.kind] ?? note.kind}
        </Text>
      </Group>
      <Text size="sm">{note.text}</Text>
      {note.quote ? (
        <Text size="xs" c="dimmed" fs="italic" mt={4}>
          Said: “{note.quote}”
        </Text>
      ) : null}
      {note.cvQuote ? (
        <Text size="xs" c="dimmed" fs="italic">
          CV: “{note.cvQuote}”
        </Text>
      ) : null}
    </Card>
  );
}

/**
 * The notes of the host side, live (host, system and AI notes in seq order over the stream), and the box to type a
 * note or paste transcript lines as host or candidate (one segment per line).
 */
export function RoomNotesPanel({ interviewId, ended, consentGiven }: { interviewId: string; ended: boolean; consentGiven: boolean }) {
  const { notes, connected, closed } = useRoomNotes(interviewId, true);
  const addNote = useAddNote(interviewId);
  const addTranscript = useAddTranscript(interviewId);
  const [mode, setMode] = useState<'note' | 'host' | 'candidate'>('note');
  const [text, setText] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = text.trim();
    if (!value) return;
    if (mode === 'note') await addNote.mutateAsync(value);
    else for (const line of value.split(/\r?\n/).map((part) => part.trim()).filter(Boolean)) await addTranscript.mutateAsync({ speaker: mode, text: line });
    setText('');
  }

  return (
    <Card withBorder radius="lg" padding="lg">
      <Group justify="space-between" mb="sm">
        <Text fw={600}>Notes</Text>
        <Badge color={connected ? 'teal' : 'gray'} variant="dot">
          {connected ? 'Live' : 'Connecting…'}
        </Badge>
      </Group>
      {closed ? (
        <Alert color="red" variant="light" mb="sm" role="alert">
          The live notes stopped: {closed}
        </Alert>
      ) : null}
      <Stack gap="xs" mb="md" data-testid="room-notes">
        {notes.length === 0 ? (
          <Text size="sm" c="dimmed">
            No notes yet.
          </Text>
        ) : (
          notes.map((note) => <NoteItem key={note.id} note={note} />)
        )}
      </Stack>
      {ended ? null : (
        <form onSubmit={(event) => void submit(event).catch(() => undefined)}>
          <Stack gap="xs">
            <SegmentedControl
              value={mode}
              onChange={(value) => setMode(value)}
              data={[
                { value: 'note', label: 'My note' },
                { value: 'host', label: 'Transcript: host' },
                { value: 'candidate', label: 'Transcript: candidate' },
              ]}
            />
            {mode !== 'note' && !consentGiven ? (
              <Text size="xs" c="dimmed">
                The transcript starts once the candidate accepts the recording notice on their link.
              </Text>
            ) : null}
            <Textarea
              label={mode === 'note' ? 'Note' : 'Transcript lines (one per line)'}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              autosize
              minRows={2}
              maxRows={8}
            />
            <FormError error={addNote.error ?? addTranscript.error} />
            <Group>
              <Button type="submit" loading={addNote.isPending || addTranscript.isPending}>
                {mode === 'note' ? 'Add note' : 'Add to transcript'}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}
