import { Alert, Button, Group, Progress, Text } from '@mantine/core';
import { FormError } from '#web/ui/form-error.tsx';
import { IconMicrophone } from '#web/ui/icons.tsx';
import { useDraftVoiceAnswer } from '#web/features/practice/hooks/use-draft-voice-answer.ts';
import { useRecorder } from '#web/features/practice/hooks/use-recorder.ts';

import type { TranscriptWord } from '#shared/contracts/speech.ts';

/** A transcribed recording; an offline rough draft carries its words with the engine's confidence. */
export type Transcript = { text: string; durationMs: number; audioKey: string; roughDraft: boolean; words: TranscriptWord[] };

type Props = { sessionId: string; questionId: string; recorded: boolean; disabled: boolean; onTranscript: (transcript: Transcript) => void };

function formatElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Records a spoken answer, shows that the microphone hears it, and hands back the transcript to correct. */
export function VoiceRecorder({ sessionId, questionId, recorded, disabled, onTranscript }: Props) {
  const recorder = useRecorder();
  const draft = useDraftVoiceAnswer(sessionId);
  const recording = recorder.status === 'recording';

  const stop = async () => {
    const result = await recorder.stop();
    if (!result) return;
    draft.mutate(
      { questionId, recording: result.blob },
      {
        onSuccess: (answer) =>
          onTranscript({
            text: answer.transcript,
            durationMs: answer.durationMs ?? result.durationMs,
            audioKey: answer.audioKey,
            roughDraft: answer.roughDraft,
            words: answer.words ?? [],
          }),
      },
    );
  };

  return (
    <Group gap="md" align="center" data-testid="voice-recorder">
      {recording ? (
        <Button color="red" onClick={() => void stop()}>
          Stop recording
        </Button>
      ) : (
        <Button
          variant="light"
          leftSection={<IconMicrophone size={16} />}
          onClick={() => void recorder.start()}
          loading={recorder.status === 'starting' || draft.isPending}
          disabled={disabled}
        >
          {draft.isPending ? 'Transcribing…' : recorded ? 'Record again' : 'Record answer'}
        </Button>
      )}
      {recording ? (
        <Group gap="sm" style={{ flex: 1 }} wrap="nowrap">
          <Progress value={Math.min(100, recorder.level * 160)} w={160} aria-label="Microphone level" transitionDuration={80} />
          <Text size="sm" ff="monospace" aria-label="Recording time">
            {formatElapsed(recorder.elapsedMs)}
          </Text>
        </Group>
      ) : null}
      {recorder.error ? (
        <Alert color="orange" variant="light" py={4}>
          {recorder.error}
        </Alert>
      ) : null}
      <FormError error={draft.error} />
    </Group>
  );
}
