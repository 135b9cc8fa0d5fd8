import { Alert, Anchor, Badge, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CandidateInterview } from '#shared/contracts/candidate-interviews.ts';
import { QueryError } from '#web/ui/query-error.tsx';
import { useCandidateInterviews } from '#web/features/interviews/hooks/use-scorecard.ts';
import { formatInZone, viewerZone } from '#web/features/interviews/time-zones.ts';
import { InterviewStatusBadge } from './interview-status-badge.tsx';
import { outcomeLabels } from './room-review.tsx';
import { ScorecardSummary } from './scorecard-summary.tsx';

function InterviewScorecards({ item }: { item: CandidateInterview }) {
  if (!item.scorecardsVisible) {
    return (
      <Text size="sm" c="dimmed">
        {item.hidden > 0 ? `${item.hidden} scorecard${item.hidden === 1 ? '' : 's'} submitted; ` : ''}only the panel, owners and recruiters read the scorecards.
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {item.hidden > 0 ? (
        <Alert variant="light" py="xs">
          {item.hidden} submitted scorecard{item.hidden === 1 ? ' is' : 's are'} hidden until you submit your own.
        </Alert>
      ) : null}
      {item.scorecards.length === 0 && item.hidden === 0 ? (
        <Text size="sm" c="dimmed">
          No scorecard submitted yet.
        </Text>
      ) : null}
      {item.scorecards.map((card) => (
        <ScorecardSummary key={card.panelistEmail} card={card} draftLabel="Your draft" testId="candidate-scorecard" />
      ))}
    </Stack>
  );
}

/** The candidate's interviews (when, in the viewer's zone; status; outcome; a link) and the scorecards the viewer may read. */
export function CandidateInterviews({ workspaceId, candidateId }: { workspaceId: string | undefined; candidateId: string }) {
  const interviews = useCandidateInterviews(workspaceId, candidateId);
  const zone = viewerZone();
  if (interviews.isPending) return workspaceId ? <Loader size="sm" aria-label="Loading interviews" /> : null;
  if (!interviews.data) return <QueryError error={interviews.error} onRetry={() => interviews.refetch()} what="the candidate's interviews" />;
  if (interviews.data.items.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No interview booked with this candidate yet.
      </Text>
    );
  }
  return (
    <Stack gap="md" data-testid="candidate-interviews">
      {interviews.data.items.map((item) => (
        <Card key={item.interview.id} withBorder radius="lg" padding="md">
          <Group justify="space-between" mb="xs">
            <Anchor component={Link} to={`/interviews/${item.interview.id}`} fw={600}>
              {item.interview.title}
            </Anchor>
            <Group gap="xs">
              <InterviewStatusBadge status={item.interview.status} />
              {item.interview.outcome ? <Badge variant="outline">{outcomeLabels[item.interview.outcome]}</Badge> : null}
            </Group>
          </Group>
          <Text size="sm" mb="xs">
            {formatInZone(item.interview.startsAt, zone)} ({zone}), {item.interview.durationMinutes} minutes
          </Text>
          <InterviewScorecards item={item} />
        </Card>
      ))}
    </Stack>
  );
}
