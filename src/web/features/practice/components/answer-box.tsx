import { Button, Group, Kbd, Stack, Text, Textarea } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import type { CurrentQuestion, SubmitAnswerBody } from '#shared/contracts/practice.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { UnsureWords } from './unsure-words.tsx';
import { VoiceRecorder, type Transcript } from './voice-recorder.tsx';

function describeBox(recording: Transcript | null): string {
  if (recording?.roughDraft) return 'An offline rough draft of your recording: correct what it misheard (the words it was unsure of are marked below), then send it. Pace and fillers will be estimates.';
  return 'Your recording is transcribed here: correct it if needed, then send it. Recording again replaces it.';
}

type Props = {
  sessionId: string;
  question: CurrentQuestion;
  voice: boolean;
  submitting: boolean;
  error: Error | null;
  onSubmit: (body: SubmitAnswerBody) => void;
};

/**
 * The answer to the current question: typed, or recorded and transcribed into the box for correction (then sent with
 * its recording and length, so it counts as spoken). Ctrl+Enter (⌘+Enter) sends it. Keyed by question, so each
 * question starts with an empty box.
 */
export function AnswerBox({ sessionId, question, voice, submitting, error, onSubmit }: Props) {
  const [text, setText] = useState('');
  const [recording, setRecording] = useState<Transcript | null>(null);
  const empty = text.trim() === '';

  const submit = () => {
    if (empty || submitting) return;
    onSubmit({
      questionId: question.id,
      text,
      ...(recording ? { durationMs: recording.durationMs, audioKey: recording.audioKey, ...(recording.roughDraft ? { roughDraft: true } : {}) } : {}),
    });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };
  const onTranscript = (transcript: Transcript) => {
    setText(transcript.text);
    setRecording(transcript);
  };

  return (
    <Stack gap="xs">
      {voice ? <VoiceRecorder sessionId={sessionId} questionId={question.id} recorded={recording !== null} disabled={submitting} onTranscript={onTranscript} /> : null}
      <Textarea
        label="Your answer"
        description={voice ? describeBox(recording) : undefined}
        placeholder="Describe the situation, what you did, and what came of it…"
        autosize
        minRows={5}
        maxRows={16}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        disabled={submitting}
        data-testid="answer-input"
      />
      {recording?.roughDraft ? <UnsureWords words={recording.words} /> : null}
      <FormError error={error} />
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd> to send
        </Text>
        <Button onClick={submit} loading={submitting} disabled={empty}>
          Send answer
        </Button>
      </Group>
    </Stack>
  );
}
