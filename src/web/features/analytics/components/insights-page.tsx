import { Anchor, Group, Loader, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { stageLabel } from '#web/features/career/components/application-stages.ts';
import { useMyAnalytics } from '#web/features/analytics/hooks/use-analytics.ts';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { ChartCard } from './chart-card.tsx';
import { PeriodPicker, usePeriod } from './period-picker.tsx';

/** Settings → Insights: a job seeker's practice per week and applications funnel. */
export function InsightsPage() {
  const { days, setDays, range } = usePeriod();
  const analytics = useMyAnalytics(range);
  return (
    <>
      <PageHeader
        title="Insights"
        description={
          <>
            Your practice week by week and where your applications stand. Your ratings and competencies over time are on the{' '}
            <Anchor component={Link} to="/practice">
              practice page
            </Anchor>
            .
          </>
        }
      />
      <Stack gap="md">
        <Group justify="flex-end">
          <PeriodPicker days={days} onChange={setDays} />
        </Group>
        <QueryError error={analytics.error} onRetry={() => analytics.refetch()} what="your insights" />
        {analytics.isPending ? <Loader size="sm" aria-label="Loading your insights" /> : null}
        {analytics.data ? (
          <>
            <ChartCard
              id="practice-per-week"
              title="Practice per week"
              description="Sessions started each week (weeks start on Monday), how many you completed, and the answers you gave."
              rows={analytics.data.practiceWeeks}
              dataKey="week"
              columns={[
                { label: 'Week of', value: (row) => row.week },
                { label: 'Sessions', value: (row) => row.sessions },
                { label: 'Completed', value: (row) => row.completed },
                { label: 'Answers', value: (row) => row.answers },
              ]}
              series={[
                { name: 'sessions', label: 'Sessions', color: 'indigo.6' },
                { name: 'completed', label: 'Completed', color: 'teal.6' },
              ]}
              range={range}
              empty="No practice in this period."
            />
            <ChartCard
              id="applications-funnel"
              title="Applications funnel"
              description="All your applications by the stage they are at now (as on the career page), whatever the period."
              rows={analytics.data.applicationFunnel.map((stage) => ({ ...stage, stage: stageLabel(stage.status) }))}
              dataKey="stage"
              columns={[
                { label: 'Stage', value: (row) => row.stage },
                { label: 'Applications', value: (row) => row.count },
              ]}
              series={[{ name: 'count', label: 'Applications', color: 'grape.6' }]}
              range={range}
              empty="No applications yet."
            />
            <Text size="xs" c="dimmed">
              Counted from your own records when you open this page.
            </Text>
          </>
        ) : null}
      </Stack>
    </>
  );
}
