import { Alert, Badge, Card, Group, Loader, Stack, Switch, Text } from '@mantine/core';
import type { HostRoom } from '#shared/contracts/interviews.ts';
import type { RoomSpeech, TranscriptSegment } from '#shared/contracts/room-speech.ts';
import { useRoomSpeech, useSwitchRoomSpeech, useTranscript } from '#web/features/interviews/hooks/use-room-speech.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { RoomMicrophone } from './room-microphone.tsx';

const providerLabels = { openai: 'OpenAI', deepgram: 'Deepgram', offline: 'the offline rough draft' } as const;

function SegmentItem({ segment }: { segment: TranscriptSegment }) {
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap" data-testid="room-transcript-line" data-source={segment.source} data-speaker={segment.speaker}>
      <Badge size="xs" variant="light" color={segment.speaker === 'host' ? 'blue' : 'grape'}>
        {segment.speaker === 'host' ? 'Host' : 'Candidate'}
      </Badge>
      {segment.source === 'stt_offline' ? (
        <Badge size="xs" variant="outline" color="orange" title="Transcribed offline: a rough draft, words may be wrong">
          rough
        </Badge>
      ) : null}
      <Text size="sm" c={segment.source === 'stt_offline' ? 'dimmed' : undefined}>
        {segment.text}
      </Text>
    </Group>
  );
}

function SpeechSwitch({ interviewId, speech }: { interviewId: string; speech: RoomSpeech }) {
  const change = useSwitchRoomSpeech(interviewId);
  return (
    <Stack gap={4}>
      <Switch
        label="Speech-to-text in this room"
        checked={speech.enabled}
        disabled={change.isPending}
        onChange={(event) => change.mutate(event.currentTarget.checked)}
        data-testid="room-speech-switch"
      />
      <Text size="xs" c="dimmed">
        {speech.available && speech.provider
          ? `Microphones switched on are transcribed by ${providerLabels[speech.provider]}${speech.rough ? ': rough, check what it heard' : ''}. Typing stays available.`
          : (speech.reason ?? 'Speech-to-text is not available.')}
      </Text>
      <FormError error={change.error} />
    </Stack>
  );
}

/**
 * The host's transcript: every segment as it arrives (typed, or from a microphone; offline ones marked rough), the
 * room's speech switch, and the host's own microphone once the candidate accepted the notice.
 */
export function RoomTranscript({ room }: { room: HostRoom }) {
  const open = room.endedAt === null;
  const transcript = useTranscript(room.interviewId, open);
  const speech = useRoomSpeech(room.interviewId, open);
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="room-transcript">
      <Text fw={600} mb="xs">
        Transcript
      </Text>
      {open ? (
        <Stack gap="xs" mb="sm">
          {speech.error ? <QueryError error={speech.error} onRetry={() => speech.refetch()} what="speech-to-text" /> : null}
          {speech.data ? <SpeechSwitch interviewId={room.interviewId} speech={speech.data} /> : null}
          {speech.data?.enabled && speech.data.available ? (
            room.consentAt ? (
              <RoomMicrophone interviewId={room.interviewId} zeroAt={room.consentAt} />
            ) : (
              <Alert variant="light" color="gray">
                Microphones are transcribed once the candidate accepts the recording notice.
              </Alert>
            )
          ) : null}
        </Stack>
      ) : null}
      {transcript.error ? <QueryError error={transcript.error} onRetry={() => transcript.refetch()} what="the transcript" /> : null}
      {!transcript.data && !transcript.error ? <Loader size="sm" aria-label="Loading the transcript" /> : null}
      {transcript.data?.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing said yet.
        </Text>
      ) : null}
      <Stack gap={6}>
        {transcript.data?.map((segment) => (
          <SegmentItem key={segment.seq} segment={segment} />
        ))}
      </Stack>
    </Card>
  );
}
