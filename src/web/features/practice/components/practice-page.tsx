import { Button, Card, Center, Group, Loader, Stack, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { practiceStatusSchema, practiceInterviewTypeSchema } from '#shared/contracts/practice.ts';
import { useProfile } from '#web/features/onboarding/hooks/use-profile.ts';
import { PageControls } from '#web/ui/page-controls.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import type { SessionFilter } from '#web/features/practice/api/practice-api.ts';
import { usePracticeProgress } from '#web/features/practice/hooks/use-practice-progress.ts';
import { usePracticeSessions } from '#web/features/practice/hooks/use-practice-sessions.ts';
import { practicePaths } from '#web/features/practice/practice-paths.ts';
import { NextSuggestionCard } from './next-suggestion-card.tsx';
import { OnboardingCallout } from './onboarding-callout.tsx';
import { ProgressChart } from './progress-chart.tsx';
import { SessionFilters } from './session-filters.tsx';
import { SessionList } from './session-list.tsx';

const day = /^\d{4}-\d{2}-\d{2}$/;
const pageSize = 20;

/** The filters live in the address, so a filtered history can be reloaded and shared. */
function filterOf(search: URLSearchParams): SessionFilter {
  const status = practiceStatusSchema.safeParse(search.get('status'));
  const type = practiceInterviewTypeSchema.safeParse(search.get('type'));
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  return {
    page: Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1),
    pageSize,
    ...(status.success ? { status: status.data } : {}),
    ...(type.success ? { interviewType: type.data } : {}),
    ...(day.test(from) ? { from } : {}),
    ...(day.test(to) ? { to } : {}),
  };
}

function searchOf(filter: SessionFilter): Record<string, string> {
  const search: Record<string, string> = {};
  if (filter.status) search.status = filter.status;
  if (filter.interviewType) search.type = filter.interviewType;
  if (filter.from) search.from = filter.from;
  if (filter.to) search.to = filter.to;
  if (filter.page > 1) search.page = String(filter.page);
  return search;
}

/** Practice home: what to practise next, progress per competency, and the history of practice interviews. */
export function PracticePage() {
  useDocumentTitle('Practice');
  const [search, setSearch] = useSearchParams();
  const filter = filterOf(search);
  const setFilter = (next: SessionFilter) => setSearch(searchOf(next), { replace: true });
  const { isOnboarded } = useProfile();
  const progress = usePracticeProgress();
  const sessions = usePracticeSessions(filter);
  const filtered = Boolean(filter.status ?? filter.interviewType ?? filter.from ?? filter.to);

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageHeader title="Practice" description="Mock interviews with an AI interviewer, with feedback on every answer and your progress over time." />
        <Button component={Link} to={practicePaths.newSession}>
          New practice interview
        </Button>
      </Group>
      <Stack gap="lg">
        {isOnboarded === false ? <OnboardingCallout /> : null}
        <QueryError error={progress.error} onRetry={() => progress.refetch()} what="your progress" />
        {progress.data?.nextSuggestion ? <NextSuggestionCard suggestion={progress.data.nextSuggestion} /> : null}
        {progress.data && progress.data.sessions.length > 0 ? <ProgressChart progress={progress.data} /> : null}

        <Stack gap="sm">
          <Title order={3} size="h4">
            Your practice interviews
          </Title>
          <SessionFilters filter={filter} onChange={setFilter} />
          <Card withBorder radius="lg" padding={0}>
            <QueryError error={sessions.error} onRetry={() => sessions.refetch()} what="your practice interviews" />
            {sessions.isPending ? (
              <Center py="xl">
                <Loader size="sm" aria-label="Loading practice interviews" />
              </Center>
            ) : null}
            {sessions.data ? <SessionList sessions={sessions.data.items} filtered={filtered} /> : null}
          </Card>
          {sessions.data && sessions.data.total > 0 ? (
            <PageControls page={filter.page} pageSize={filter.pageSize} total={sessions.data.total} onChange={(page) => setFilter({ ...filter, page })} what={['interview', 'interviews']} />
          ) : null}
        </Stack>
      </Stack>
    </>
  );
}
