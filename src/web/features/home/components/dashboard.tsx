import { Anchor, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Job } from '#shared/contracts/hiring.ts';
import type { PracticeSessionSummary } from '#shared/contracts/practice.ts';
import { useMyWorkspaces } from '#web/features/hiring/hooks/use-workspace-access.ts';
import { useJobBatches } from '#web/features/hiring/hooks/use-batches.ts';
import { useJobs } from '#web/features/hiring/hooks/use-jobs.ts';
import { batchStatusColors, batchStatusLabels } from '#web/features/hiring/hiring-labels.ts';
import { useProfile } from '#web/features/onboarding/hooks/use-profile.ts';
import { usePracticeSessions } from '#web/features/practice/hooks/use-practice-sessions.ts';
import { ratingColor, statusColors, statusLabels } from '#web/features/practice/practice-labels.ts';
import { practicePaths } from '#web/features/practice/practice-paths.ts';
import { formatDateTime } from '#web/ui/format-time.ts';
import { QueryError } from '#web/ui/query-error.tsx';

const recentCount = 3;
const jobCount = 5;

type NextStep = { key: string; text: string; to: string; action: string };

function sessionLink(session: PracticeSessionSummary): string {
  return session.status === 'completed' ? practicePaths.report(session.id) : practicePaths.room(session.id);
}

/** The signed-in home: what to do next, the latest practice interviews, and the jobs of the first workspace with their latest upload. */
export function Dashboard({ name }: { name: string }) {
  const { isOnboarded } = useProfile();
  const sessions = usePracticeSessions({ page: 1, pageSize: recentCount });
  const workspaces = useMyWorkspaces();
  const workspace = workspaces.data?.[0];
  const jobs = useJobs(workspace?.id, { page: 1, pageSize: jobCount });
  const canEdit = workspace?.role === 'owner' || workspace?.role === 'recruiter';

  const steps: NextStep[] = [];
  if (isOnboarded === false) steps.push({ key: 'cv', text: 'Upload your CV so the interviewer asks about your own experience.', to: '/onboarding', action: 'Upload your CV' });
  const unfinished = sessions.data?.items.find((session) => session.status === 'in_progress' || session.status === 'pending');
  if (unfinished) steps.push({ key: 'resume', text: `Finish “${unfinished.name}”: it is still open.`, to: practicePaths.room(unfinished.id), action: 'Continue the interview' });
  if (sessions.data?.total === 0) steps.push({ key: 'practice', text: 'Try a practice interview: a few questions, then feedback on every answer.', to: practicePaths.newSession, action: 'Start a practice interview' });
  else if (sessions.data) steps.push({ key: 'practice', text: 'Practise again, for another role or another kind of interview.', to: practicePaths.newSession, action: 'New practice interview' });
  if (workspaces.data?.length === 0) steps.push({ key: 'workspace', text: 'Hiring? Create a workspace to screen and rank CVs with your team.', to: '/settings/workspaces', action: 'Create a workspace' });
  if (workspace && canEdit && jobs.data?.total === 0) {
    steps.push({ key: 'job', text: `Post the first job of ${workspace.name}, then upload the CVs you received.`, to: `/hiring/jobs/new?workspace=${workspace.id}`, action: 'Post a job' });
  }

  return (
    <Stack gap="xl" py={{ base: 'md', sm: 'lg' }}>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 28, sm: 34 }}>
          Welcome back, {name}
        </Title>
        <Text c="dimmed">Your next steps, your latest practice and your hiring, in one place.</Text>
      </Stack>

      <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="next-steps">
        <Title order={2} size="h4" mb="sm" id="next-steps">
          Next steps
        </Title>
        <Stack gap="sm" data-testid="next-steps">
          {steps.map((step) => (
            <Group key={step.key} justify="space-between" wrap="wrap" gap="sm">
              <Text size="sm">{step.text}</Text>
              <Button component={Link} to={step.to} size="xs" variant="light">
                {step.action}
              </Button>
            </Group>
          ))}
        </Stack>
      </Card>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="recent-practice">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4" id="recent-practice">
              Recent practice
            </Title>
            <Anchor component={Link} to={practicePaths.home} size="sm">
              All practice interviews
            </Anchor>
          </Group>
          <QueryError error={sessions.error} onRetry={() => sessions.refetch()} what="your practice interviews" />
          {sessions.isPending ? <Loader size="sm" aria-label="Loading your practice interviews" /> : null}
          {sessions.data?.total === 0 ? (
            <Text size="sm" c="dimmed">
              No practice interviews yet.
            </Text>
          ) : null}
          <Stack gap="sm" data-testid="recent-practice">
            {sessions.data?.items.map((session) => (
              <Group key={session.id} justify="space-between" wrap="nowrap" gap="sm">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Anchor component={Link} to={sessionLink(session)} fw={600} truncate="end">
                    {session.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(session.createdAt)}
                  </Text>
                </Stack>
                {session.score !== null && session.rating !== null ? (
                  <Badge color={ratingColor(session.rating)}>{session.score} / 100</Badge>
                ) : (
                  <Badge variant="light" color={statusColors[session.status]}>
                    {statusLabels[session.status]}
                  </Badge>
                )}
              </Group>
            ))}
          </Stack>
        </Card>

        <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="hiring-jobs">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4" id="hiring-jobs">
              Jobs and uploads{workspace ? ` · ${workspace.name}` : ''}
            </Title>
            {workspace ? (
              <Anchor component={Link} to={`/hiring?workspace=${workspace.id}`} size="sm">
                All jobs
              </Anchor>
            ) : null}
          </Group>
          <QueryError error={workspaces.error ?? jobs.error} onRetry={() => (workspaces.error ? workspaces.refetch() : jobs.refetch())} what="your jobs" />
          {workspaces.isPending || (workspace && jobs.isPending) ? <Loader size="sm" aria-label="Loading your jobs" /> : null}
          {workspaces.data?.length === 0 ? (
            <Text size="sm" c="dimmed">
              You are in no workspace yet: hiring happens in one.
            </Text>
          ) : null}
          {jobs.data?.total === 0 ? (
            <Text size="sm" c="dimmed">
              No jobs in {workspace?.name} yet.
            </Text>
          ) : null}
          <Stack gap="sm" data-testid="recent-jobs">
            {workspace ? jobs.data?.items.map((job) => <JobLine key={job.id} job={job} />) : null}
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

/** A job and its latest CV upload, each a link. */
function JobLine({ job }: { job: Job }) {
  const batches = useJobBatches(job.id, { page: 1, pageSize: 1 });
  const latest = batches.data?.items[0];
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Anchor component={Link} to={`/hiring/jobs/${job.id}`} fw={600} truncate="end" style={{ minWidth: 0 }}>
        {job.title}
      </Anchor>
      {latest ? (
        <Anchor component={Link} to={`/hiring/batches/${latest.id}`} size="sm" style={{ whiteSpace: 'nowrap' }}>
          <Badge variant="light" color={batchStatusColors[latest.status]} style={{ cursor: 'pointer' }}>
            {latest.processed}/{latest.total} CVs · {batchStatusLabels[latest.status]}
          </Badge>
        </Anchor>
      ) : batches.data ? (
        <Text size="xs" c="dimmed">
          No CVs yet
        </Text>
      ) : null}
    </Group>
  );
}
