import { Alert, Anchor, Box, Button, Card, Group, Loader, SimpleGrid, Text } from '@mantine/core';
import { useLiveCall } from '#web/features/interviews/hooks/use-live-call.ts';

function MeetingLink({ meetingLink }: { meetingLink: string | null }) {
  return meetingLink ? (
    <Anchor href={meetingLink} target="_blank" rel="noreferrer noopener" data-testid="room-meeting-link">
      Join the call: {meetingLink}
    </Anchor>
  ) : (
    <Text size="sm" c="dimmed">
      No meeting link was given for this interview; the invitation says where it takes place.
    </Text>
  );
}

const videoStyle = { width: '100%', aspectRatio: '16 / 9', background: 'var(--mantine-color-dark-7)', borderRadius: 8, objectFit: 'cover' } as const;

function EmbeddedCall({ interviewId, blockedReason }: { interviewId: string; blockedReason: string | null }) {
  const { state, deviceProblem, join, toggleCamera, toggleMicrophone, leave, localRef, remoteRef } = useLiveCall(interviewId);
  const inCall = state.phase === 'connected';
  return (
    <>
      {state.phase === 'failed' ? (
        <Alert color="red" variant="light" role="alert" title="Could not join the call" data-testid="room-call-error">
          <Group justify="space-between" wrap="nowrap" gap="md">
            <Text size="sm">{state.message}</Text>
            <Button size="xs" variant="light" color="red" onClick={() => void join()}>
              Retry
            </Button>
          </Group>
        </Alert>
      ) : null}
      {state.phase === 'left' ? (
        <Text size="sm" c="dimmed" mb="xs">
          {state.message}
        </Text>
      ) : null}
      {deviceProblem ? (
        <Alert color="orange" variant="light" mb="xs">
          {deviceProblem}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" display={inCall ? undefined : 'none'} data-testid="room-call-media">
        <Box ref={remoteRef} style={{ minHeight: 120 }}>
          {inCall && state.remoteCount === 0 ? (
            <Text size="sm" c="dimmed">
              Waiting for the other side to join…
            </Text>
          ) : null}
        </Box>
        <video ref={localRef} muted playsInline autoPlay style={videoStyle} aria-label="Your camera" />
      </SimpleGrid>
      <Group mt="sm" gap="sm">
        {inCall ? (
          <>
            <Button size="xs" variant="light" onClick={() => void toggleCamera()}>
              {state.cameraOn ? 'Turn camera off' : 'Turn camera on'}
            </Button>
            <Button size="xs" variant="light" onClick={() => void toggleMicrophone()}>
              {state.micOn ? 'Mute microphone' : 'Unmute microphone'}
            </Button>
            <Button size="xs" variant="light" color="red" onClick={leave}>
              Leave the call
            </Button>
          </>
        ) : state.phase === 'connecting' ? (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">Connecting to the call…</Text>
          </Group>
        ) : state.phase === 'failed' ? null : blockedReason ? (
          <Text size="sm" c="dimmed">
            {blockedReason}
          </Text>
        ) : (
          <Button size="sm" onClick={() => void join()} data-testid="room-call-join">
            {state.phase === 'left' ? 'Join again' : 'Join the call'}
          </Button>
        )}
      </Group>
    </>
  );
}

/**
 * The room's video: the call embedded in the page when LiveKit is configured (its client loaded only on joining),
 * otherwise the interview's meeting link. `blockedReason` says why joining is not offered yet (notice not accepted).
 */
export function RoomCallPanel(props: { interviewId: string; embeddedCall: boolean; meetingLink: string | null; blockedReason?: string | null }) {
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="room-call">
      <Text fw={600} mb="xs">
        Video
      </Text>
      {props.embeddedCall ? <EmbeddedCall interviewId={props.interviewId} blockedReason={props.blockedReason ?? null} /> : <MeetingLink meetingLink={props.meetingLink} />}
    </Card>
  );
}
