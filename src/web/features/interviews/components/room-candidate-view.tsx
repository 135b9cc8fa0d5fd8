import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import type { Lobby } from '#shared/contracts/interviews.ts';
import { useAcceptNotice } from '#web/features/interviews/hooks/use-room.ts';
import { formatDateTime } from '#web/ui/format-time.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { CandidateRsvpPanel } from './candidate-rsvp-panel.tsx';
import { RoomMicrophone } from './room-microphone.tsx';
import { RoomCallPanel } from './room-call-panel.tsx';

/**
 * The candidate's side of the room: only the title, who they meet, their answer to the invitation (confirm, decline,
 * propose other times, pick an offered slot), what is recorded and by whom (with Accept), and the video: the embedded
 * call once they accept, or the meeting link. Never the job analysis, the CV, the briefing or any note.
 */
export function RoomCandidateView({ lobby }: { lobby: Lobby }) {
  const accept = useAcceptNotice(lobby.interviewId);
  return (
    <>
      <PageHeader title={lobby.title} description={`With ${lobby.otherParty} · ${formatDateTime(lobby.startsAt)} · ${lobby.durationMinutes} minutes`} />
      <CandidateRsvpPanel interviewId={lobby.interviewId} />
      <Card withBorder radius="lg" padding="lg" data-testid="room-notice">
        <Stack gap="sm">
          <Text fw={600}>What is recorded, and by whom</Text>
          <Text size="sm">{lobby.notice}</Text>
          {lobby.consentAt ? (
            <Alert color="teal" variant="light" data-testid="room-consent-given">
              You accepted this notice on {formatDateTime(lobby.consentAt)}.
            </Alert>
          ) : (
            <Group>
              <Button onClick={() => accept.mutate()} loading={accept.isPending}>
                Accept
              </Button>
              <Text size="xs" c="dimmed">
                Until you accept, nothing is transcribed.
              </Text>
            </Group>
          )}
          <FormError error={accept.error} />
        </Stack>
      </Card>
      {lobby.speechOn ? (
        <Card withBorder radius="lg" padding="lg" data-testid="room-speech">
          <Text fw={600} mb="xs">
            Your microphone
          </Text>
          <Text size="sm" mb="sm">
            The host uses speech-to-text in this room. Your microphone is transcribed only while you switch it on below; the audio is turned into text and not kept.
          </Text>
          {lobby.consentAt ? (
            <RoomMicrophone interviewId={lobby.interviewId} zeroAt={lobby.consentAt} />
          ) : (
            <Text size="xs" c="dimmed">
              Accept the notice above first.
            </Text>
          )}
        </Card>
      ) : null}
      <RoomCallPanel
        interviewId={lobby.interviewId}
        embeddedCall={lobby.embeddedCall}
        meetingLink={lobby.meetingLink}
        blockedReason={lobby.consentAt ? null : 'Accept the notice above to join the call.'}
      />
    </>
  );
}
