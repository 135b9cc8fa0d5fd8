import { Accordion, Group, Loader, Stack, Text } from '@mantine/core';
import { useWorkspaceAnalytics } from '#web/features/analytics/hooks/use-analytics.ts';
import { QueryError } from '#web/ui/query-error.tsx';
import { ChartCard } from './chart-card.tsx';
import { PeriodPicker, usePeriod } from './period-picker.tsx';

function WorkspaceAnalyticsPanel({ workspaceId }: { workspaceId: string }) {
  const { days, setDays, range } = usePeriod();
  const analytics = useWorkspaceAnalytics(workspaceId, range);
  const data = analytics.data;
  return (
    <Stack gap="md">
      <Group justify="flex-end">
        <PeriodPicker days={days} onChange={setDays} />
      </Group>
      <QueryError error={analytics.error} onRetry={() => analytics.refetch()} what="the workspace's analytics" />
      {analytics.isPending ? <Loader size="sm" aria-label="Loading the workspace's analytics" /> : null}
      {data ? (
        <>
          <ChartCard
            id="screening-per-day"
            title="Screening per day"
            description="CVs screened (candidates added to a job), and candidates shortlisted or rejected, each day."
            rows={data.days}
            dataKey="day"
            columns={[
              { label: 'Day', value: (row) => row.day },
              { label: 'Screened', value: (row) => row.screened },
              { label: 'Shortlisted', value: (row) => row.shortlisted },
              { label: 'Rejected', value: (row) => row.rejected },
            ]}
            series={[
              { name: 'screened', label: 'Screened', color: 'indigo.6' },
              { name: 'shortlisted', label: 'Shortlisted', color: 'teal.6' },
              { name: 'rejected', label: 'Rejected', color: 'red.6' },
            ]}
            range={range}
            empty="No days in this period."
          />
          <ChartCard
            id="screening-per-job"
            title="Per job"
            description="For each job with activity in the period: CVs screened, decisions, and the median hours from a CV's upload to its decision."
            rows={data.jobs}
            dataKey="title"
            columns={[
              { label: 'Job', value: (row) => row.title },
              { label: 'Screened', value: (row) => row.screened },
              { label: 'Shortlisted', value: (row) => row.shortlisted },
              { label: 'Rejected', value: (row) => row.rejected },
              { label: 'Median hours to decision', value: (row) => row.medianHoursToDecision },
            ]}
            series={[
              { name: 'screened', label: 'Screened', color: 'indigo.6' },
              { name: 'shortlisted', label: 'Shortlisted', color: 'teal.6' },
              { name: 'rejected', label: 'Rejected', color: 'red.6' },
            ]}
            range={range}
            empty="No CVs screened or decided in this period."
          />
          <ChartCard
            id="per-recruiter"
            title="Per recruiter"
            description="Decisions each member made in the period, the median hours from upload to their decisions, and the interviews they scheduled."
            rows={data.recruiters}
            dataKey="name"
            columns={[
              { label: 'Member', value: (row) => row.name },
              { label: 'Shortlisted', value: (row) => row.shortlisted },
              { label: 'Rejected', value: (row) => row.rejected },
              { label: 'Median hours to decision', value: (row) => row.medianHoursToDecision },
              { label: 'Interviews scheduled', value: (row) => row.interviewsScheduled },
            ]}
            series={[
              { name: 'shortlisted', label: 'Shortlisted', color: 'teal.6' },
              { name: 'rejected', label: 'Rejected', color: 'red.6' },
              { name: 'interviewsScheduled', label: 'Interviews scheduled', color: 'orange.6' },
            ]}
            range={range}
            empty="No decisions or interviews scheduled in this period."
          />
          <ChartCard
            id="interview-outcomes"
            title="Interviews and their outcomes"
            description="Interviews whose time falls in the period, by status and the outcome recorded."
            rows={data.interviews.map((row) => ({ ...row, label: `${row.status.replaceAll('_', ' ')}${row.outcome ? `: ${row.outcome}` : ''}` }))}
            dataKey="label"
            columns={[
              { label: 'Status and outcome', value: (row) => row.label },
              { label: 'Interviews', value: (row) => row.count },
            ]}
            series={[{ name: 'count', label: 'Interviews', color: 'grape.6' }]}
            range={range}
            empty="No interviews in this period."
          />
        </>
      ) : null}
    </Stack>
  );
}

/** Owners and recruiters see how screening and interviews go in the workspace. */
export function WorkspaceAnalyticsSection({ workspaceId }: { workspaceId: string }) {
  return (
    <Accordion variant="contained" radius="md">
      <Accordion.Item value="analytics">
        <Accordion.Control data-testid="workspace-analytics-toggle">
          <Text fw={600}>Analytics</Text>
          <Text size="sm" c="dimmed">
            CVs screened per day and job, shortlisted and rejected, time to decision, interviews and their outcomes, per recruiter. Owners and recruiters see this.
          </Text>
        </Accordion.Control>
        <Accordion.Panel>
          <WorkspaceAnalyticsPanel workspaceId={workspaceId} />
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
