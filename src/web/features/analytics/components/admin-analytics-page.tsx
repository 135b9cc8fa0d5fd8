import { Card, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useAdminAnalytics } from '#web/features/analytics/hooks/use-analytics.ts';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { ChartCard } from './chart-card.tsx';
import { PeriodPicker, usePeriod } from './period-picker.tsx';

const megabytes = (bytes: number | null) => (bytes === null ? null : Math.round(bytes / 10_000) / 100);

function QueueFigure({ label, value }: { label: string; value: number }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} data-testid={`analytics-queue-${label.toLowerCase()}`}>
        {new Intl.NumberFormat().format(value)}
      </Text>
    </Stack>
  );
}

/** Administration → Analytics: the installation's activity per day and week, its daily snapshots and the queue now. */
export function AdminAnalyticsPage() {
  const { days, setDays, range } = usePeriod();
  const analytics = useAdminAnalytics(range);
  const data = analytics.data;
  return (
    <>
      <PageHeader
        title="Analytics"
        description="Activity of the whole installation. Active users and the snapshots come from the roll-up that runs every hour; the other figures are counted when you open this page."
      />
      <Stack gap="md">
        <Group justify="flex-end">
          <PeriodPicker days={days} onChange={setDays} />
        </Group>
        <QueryError error={analytics.error} onRetry={() => analytics.refetch()} what="the analytics" />
        {analytics.isPending ? <Loader size="sm" aria-label="Loading the analytics" /> : null}
        {data ? (
          <>
            <Card withBorder radius="lg" padding="lg">
              {data.queue ? (
                <SimpleGrid cols={3}>
                  <QueueFigure label="Waiting" value={data.queue.waiting} />
                  <QueueFigure label="Active" value={data.queue.active} />
                  <QueueFigure label="Failed" value={data.queue.failed} />
                </SimpleGrid>
              ) : (
                <Text size="sm" c="dimmed">
                  This process runs no background queue: its counts are not available here.
                </Text>
              )}
            </Card>
            <ChartCard
              id="activity-per-day"
              title="Activity per day"
              description="Users active each day (a session used or anything done), sign-ups, practice sessions and CV batches."
              rows={data.days}
              dataKey="day"
              columns={[
                { label: 'Day', value: (row) => row.day },
                { label: 'Active users', value: (row) => row.activeUsers },
                { label: 'Sign-ups', value: (row) => row.signUps },
                { label: 'Practice sessions', value: (row) => row.practiceSessions },
                { label: 'CV batches', value: (row) => row.cvBatches },
              ]}
              series={[
                { name: 'activeUsers', label: 'Active users', color: 'indigo.6' },
                { name: 'signUps', label: 'Sign-ups', color: 'teal.6' },
                { name: 'practiceSessions', label: 'Practice sessions', color: 'orange.6' },
                { name: 'cvBatches', label: 'CV batches', color: 'grape.6' },
              ]}
              range={range}
              empty="No days in this period."
            />
            <ChartCard
              id="active-users-per-week"
              title="Active users per week"
              description="Different users active in each week (weeks start on Monday)."
              rows={data.weeks}
              dataKey="week"
              columns={[
                { label: 'Week of', value: (row) => row.week },
                { label: 'Active users', value: (row) => row.activeUsers },
              ]}
              series={[{ name: 'activeUsers', label: 'Active users', color: 'indigo.6' }]}
              range={range}
              empty="No activity rolled up in this period yet."
            />
            <ChartCard
              id="installation-size"
              kind="line"
              title="Database, files and queue"
              description="One snapshot a day: the database's size and the files kept (MB), jobs waiting and failed in the queue."
              rows={data.snapshots.map((row) => ({ ...row, databaseMb: megabytes(row.databaseBytes), storageMb: megabytes(row.storageBytes) }))}
              dataKey="day"
              columns={[
                { label: 'Day', value: (row) => row.day },
                { label: 'Database (MB)', value: (row) => row.databaseMb },
                { label: 'Files (MB)', value: (row) => row.storageMb },
                { label: 'Jobs waiting', value: (row) => row.queueWaiting },
                { label: 'Jobs failed', value: (row) => row.queueFailed },
              ]}
              series={[
                { name: 'databaseMb', label: 'Database (MB)', color: 'indigo.6' },
                { name: 'storageMb', label: 'Files (MB)', color: 'teal.6' },
                { name: 'queueWaiting', label: 'Jobs waiting', color: 'orange.6' },
                { name: 'queueFailed', label: 'Jobs failed', color: 'red.6' },
              ]}
              range={range}
              empty="No snapshot in this period yet: the roll-up takes one every hour."
            />
          </>
        ) : null}
      </Stack>
    </>
  );
}
