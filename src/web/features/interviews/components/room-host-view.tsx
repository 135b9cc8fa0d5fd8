import { Alert, Anchor, Badge, Button, Card, Checkbox, Grid, Group, Loader, ScrollArea, Stack, Text } from '@mantine/core';
import type { HostRoom } from '#shared/contracts/interviews.ts';
import { transcriptExportPath } from '#web/features/interviews/api/room-api.ts';
import { useEndInterview, useHostRoom, useMarkAsked } from '#web/features/interviews/hooks/use-room.ts';
import { formatDateTime } from '#web/ui/format-time.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { RoomBriefing } from './room-briefing.tsx';
import { RoomCallPanel } from './room-call-panel.tsx';
import { RoomNotesPanel } from './room-notes-panel.tsx';
import { RoomReview } from './room-review.tsx';
import { RoomTranscript } from './room-transcript.tsx';

function Document({ title, text, empty }: { title: string; text: string | null; empty: string }) {
  return (
    <Card withBorder radius="lg" padding="lg">
      <Text fw={600} mb="xs">
        {title}
      </Text>
      {text ? (
        <ScrollArea.Autosize mah={260}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {text}
          </Text>
        </ScrollArea.Autosize>
      ) : (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
    </Card>
  );
}

function Questions({ room }: { room: HostRoom }) {
  const mark = useMarkAsked(room.interviewId);
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="room-questions">
      <Text fw={600} mb="xs">
        Questions
      </Text>
      {room.questions.length === 0 ? (
        <Text size="sm" c="dimmed">
          No questions are attached to this interview.
        </Text>
      ) : (
        <Stack gap="xs">
          {room.questions.map((question) => (
            <Checkbox
              key={question.id}
              label={question.text}
              checked={question.asked}
              disabled={mark.isPending || room.endedAt !== null}
              onChange={(event) => mark.mutate({ questionId: question.id, asked: event.currentTarget.checked })}
            />
          ))}
        </Stack>
      )}
      <FormError error={mark.error} />
    </Card>
  );
}

/** The host side of the room: the job, the CV, the questions, the briefing, the transcript, the live notes; then the review. */
export function RoomHostView({ interviewId }: { interviewId: string }) {
  const room = useHostRoom(interviewId, true);
  const end = useEndInterview(interviewId);
  if (room.error) return <QueryError error={room.error} onRetry={() => room.refetch()} what="the room" />;
  if (!room.data) return <Loader size="sm" aria-label="Loading the room" />;
  const data = room.data;
  const ended = data.endedAt !== null;
  return (
    <>
      <PageHeader title={data.title} description={`${data.candidateName} · ${formatDateTime(data.startsAt)} (${data.timeZone}) · ${data.durationMinutes} minutes`} />
      <Group gap="sm">
        <Badge color={data.consentAt ? 'teal' : 'orange'} variant="light" data-testid="room-consent">
          {data.consentAt ? 'Candidate accepted the recording notice' : 'Candidate has not accepted the recording notice yet'}
        </Badge>
        {data.meetingLink ? (
          <Anchor href={data.meetingLink} target="_blank" rel="noreferrer noopener" size="sm">
            Join the call
          </Anchor>
        ) : null}
        {ended ? (
          <Group gap="xs">
            <Anchor href={transcriptExportPath(interviewId, 'txt')} size="sm">
              Transcript (.txt)
            </Anchor>
            <Anchor href={transcriptExportPath(interviewId, 'vtt')} size="sm">
              Transcript (.vtt)
            </Anchor>
          </Group>
        ) : (
          <Button color="red" variant="light" size="xs" onClick={() => end.mutate()} loading={end.isPending}>
            End interview
          </Button>
        )}
      </Group>
      <FormError error={end.error} />
      {ended ? <RoomReview interviewId={interviewId} /> : null}
      {ended || !data.embeddedCall ? null : <RoomCallPanel interviewId={interviewId} embeddedCall meetingLink={data.meetingLink} />}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="lg">
            {ended ? null : <RoomBriefing interviewId={interviewId} />}
            <Questions room={data} />
            <Document title="Job" text={data.jobDescription} empty="No job is attached to this interview." />
            <Document title="CV" text={data.resumeText} empty="No CV is attached to this interview." />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="lg">
            <RoomTranscript room={data} />
            <RoomNotesPanel interviewId={interviewId} ended={ended} consentGiven={data.consentAt !== null} />
          </Stack>
          {ended ? null : (
            <Alert mt="md" variant="light" color="gray">
              The AI notes rest on quotes from the transcript or the CV; they assist, the panel decides. Nothing about emotions, personality or confidence is inferred.
            </Alert>
          )}
        </Grid.Col>
      </Grid>
    </>
  );
}
