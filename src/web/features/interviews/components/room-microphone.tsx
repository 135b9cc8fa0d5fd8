import { Alert, Group, Switch, Text } from '@mantine/core';
import { useMicrophoneTranscription } from '#web/features/interviews/hooks/use-room-speech.ts';

/**
 * "Transcribe my microphone" for whoever holds this page (host or candidate): the server knows the speaker from the
 * link or session. Segments of about 10 s are sent as they end; the server keeps only their text.
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
        {state.on ? (
          <Text size="xs" c="dimmed" data-testid="room-microphone-status">
            Your microphone is transcribed in segments of about 10 seconds ({state.sent} sent); the audio is not kept.
          </Text>
        ) : null}
      </Group>
      {state.error ? (
        <Alert color="red" variant="light" role="alert" mt="xs">
          {state.error}
        </Alert>
      ) : null}
    </>
  );
}
