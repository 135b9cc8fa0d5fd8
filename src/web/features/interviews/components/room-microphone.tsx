import { Alert, Group, Switch, Text } from '@mantine/core';
import { useMicrophoneTranscription } from '#web/features/interviews/hooks/use-room-speech.ts';

/**
 * "Transcribe my microphone" for whoever holds this page (host or candidate): the server knows the speaker from the
 * link or session. Streamed live when a key can stream, else segments of about 10 s sent as they end; the server keeps
 * only the text.
 */
export function RoomMicrophone({ interviewId, zeroAt }: { interviewId: string; zeroAt: string | null }) {
  const { state, start, stop } = useMicrophoneTranscription(interviewId, zeroAt);
  return (
    <>
      <Group gap="sm">
        <Switch
          label="Transcribe my microphone"
          checked={state.on}
          disabled={state.starting}
          onChange={(event) => (event.currentTarget.checked ? void start() : stop())}
          data-testid="room-microphone-switch"
        />
        {state.on && state.mode === 'live' ? (
          <Text size="xs" c="dimmed" data-testid="room-microphone-status">
            Your microphone is transcribed live ({state.sent} lines so far); the audio is not kept.
          </Text>
        ) : null}
        {state.on && state.mode === 'segments' ? (
          <Text size="xs" c="dimmed" data-testid="room-microphone-status">
            Your microphone is transcribed in segments of about 10 seconds ({state.sent} sent); the audio is not kept.
          </Text>
        ) : null}
      </Group>
      {state.on && state.interim ? (
        <Text size="sm" c="dimmed" fs="italic" mt="xs" data-testid="room-microphone-interim">
          {state.interim}…
        </Text>
      ) : null}
      {state.error ? (
        <Alert color="red" variant="light" role="alert" mt="xs">
          {state.error}
        </Alert>
      ) : null}
    </>
  );
}
