import { Anchor, Button, Card, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useCareerHome } from '#web/features/career/hooks/use-skill-gaps.ts';
import { QueryError } from '#web/ui/query-error.tsx';
import { practiseHref } from './skill-gaps-view.tsx';

const stageLabels: Record<string, string> = {
  saved: 'Saved',
  applied: 'Applied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  no_response: 'No response',
};

/** The career overview: the next step, the funnel, follow-ups due and the top gaps of the latest analysis. */
export function CareerHomePanel() {
  const home = useCareerHome();
  if (home.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading your career overview" />
      </Center>
    );
  }
  if (home.error) return <QueryError error={home.error} onRetry={() => home.refetch()} what="your career overview" />;
  const { funnel, followUps, topGaps, nextStep } = home.data;
  return (
    <Stack gap="lg">
      <Card withBorder radius="md" data-testid="career-next-step">
        <Text size="xs" c="dimmed" tt="uppercase">
          Next step
        </Text>
        <Group justify="space-between">
          <Text>{nextStep.text}</Text>
          <Button component={Link} to={nextStep.href} variant="light">
            Go
          </Button>
        </Group>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder radius="md" data-testid="career-funnel">
          <Title order={3} size="h4" mb="xs">
            Applications
          </Title>
          {funnel.total === 0 ? (
            <Text size="sm" c="dimmed">
              No applications yet.
            </Text>
          ) : (
            <Stack gap={4}>
              {funnel.stages
                .filter((stage) => stage.count > 0)
                .map((stage) => (
                  <Group key={stage.status} justify="space-between">
                    <Text size="sm">{stageLabels[stage.status] ?? stage.status}</Text>
                    <Text size="sm" fw={600}>
                      {stage.count}
                    </Text>
                  </Group>
                ))}
              <Text size="sm" c="dimmed" mt="xs">
                Reply rate: {funnel.replyRate === null ? 'none sent yet' : `${Math.round(funnel.replyRate * 100)}%`} · Median days to a reply:{' '}
                {funnel.medianDaysToReply === null ? 'no replies yet' : funnel.medianDaysToReply}
              </Text>
            </Stack>
          )}
          {followUps.length > 0 ? (
            <Stack gap={2} mt="sm">
              <Text size="sm" fw={600}>
                Follow-ups
              </Text>
              {followUps.map((followUp) => (
                <Text key={followUp.applicationId} size="sm">
                  {[followUp.jobTitle, followUp.companyName].filter(Boolean).join(' at ') || 'An application'}: follow up on {followUp.dueOn}
                </Text>
              ))}
            </Stack>
          ) : null}
        </Card>
        <Card withBorder radius="md" data-testid="career-top-gaps">
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h4">
              Top skill gaps
            </Title>
            <Anchor component={Link} to="/career/gaps" size="sm">
              Skill gaps
            </Anchor>
          </Group>
          {topGaps.length === 0 ? (
            <Text size="sm" c="dimmed">
              {home.data.analysisId ? 'No gaps in your latest analysis.' : 'No analysis yet: mark postings as targets and run one.'}
            </Text>
          ) : (
            <Stack gap={4}>
              {topGaps.map((gap) => (
                <Group key={gap.skill} justify="space-between">
                  <Text size="sm">
                    {gap.skill} · {gap.jobCount} posting{gap.jobCount === 1 ? '' : 's'} · {gap.status === 'missing' ? 'missing' : `${gap.yourLevel} → ${gap.askedLevel}`}
                  </Text>
                  <Anchor component={Link} to={practiseHref(gap.skill)} size="sm">
                    Practise
                  </Anchor>
                </Group>
              ))}
            </Stack>
          )}
        </Card>
      </SimpleGrid>
      <Group gap="md">
        <Anchor component={Link} to="/career/conversations">
          Tell the assistant a story
        </Anchor>
      </Group>
    </Stack>
  );
}
