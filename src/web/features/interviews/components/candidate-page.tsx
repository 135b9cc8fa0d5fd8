import { Anchor, Card, Center, Container, Loader, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { QueryError } from '#web/ui/query-error.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { useCandidateView } from '#web/features/interviews/hooks/use-interviews.ts';
import { formatInZone } from '#web/features/interviews/time-zones.ts';
import { CandidateRsvpPanel } from './candidate-rsvp-panel.tsx';

/**
 * Where the candidate's link lands (the server swapped its token for a cookie and redirected here): the interview's
 * title, whom they meet, the time in their zone, the join link, and their answer. Nothing of the panel's side.
 */
export function CandidatePage() {
  const { interviewId = '' } = useParams();
  const view = useCandidateView(interviewId);
  useDocumentTitle(view.data?.title ?? 'Your interview');
  if (view.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading" />
      </Center>
    );
  }
  if (!view.data) {
    return (
      <Container size="sm">
        <QueryError error={view.error} onRetry={() => view.refetch()} what="your interview" />
      </Container>
    );
  }
  const interview = view.data;
  return (
    <Container size="sm">
      <Stack gap="md">
        <Title order={2}>{interview.title}</Title>
        <Card withBorder>
          <Stack gap={6}>
            <Text>
              <b>With:</b> {interview.otherParty}
            </Text>
            <Text data-testid="candidate-when">
              <b>When:</b> {formatInZone(interview.startsAt, interview.timeZone)} ({interview.timeZone}), {interview.durationMinutes} minutes
            </Text>
            <Text>
              <b>Where:</b> {interview.location}
            </Text>
            {interview.meetingLink ? (
              <Text>
                <b>Join:</b>{' '}
                <Anchor href={interview.meetingLink} target="_blank" rel="noreferrer">
                  {interview.meetingLink}
                </Anchor>
              </Text>
            ) : null}
            {interview.status === 'cancelled' ? <Text c="red">This interview was cancelled.</Text> : null}
          </Stack>
        </Card>
        <CandidateRsvpPanel interviewId={interviewId} />
      </Stack>
    </Container>
  );
}
