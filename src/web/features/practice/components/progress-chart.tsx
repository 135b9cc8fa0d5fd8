import { Badge, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import type { PracticeProgress } from '#shared/contracts/practice.ts';
import { competencyColor } from '#web/features/practice/competency-colors.ts';
import { competencyLabels } from '#web/features/practice/practice-labels.ts';
import { LineChart } from '#web/ui/lazy-charts.ts';

const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** "3 Mar", or "3 Mar (2)" for the second report of a day, so every report has its own place on the axis. */
function dayLabels(dates: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return dates.map((date) => {
    const day = dayFormat.format(new Date(date));
    const count = (seen.get(day) ?? 0) + 1;
    seen.set(day, count);
    return count === 1 ? day : `${day} (${count})`;
  });
}

/** One line per competency: its 1–5 score in each practice report, oldest first. */
export function ProgressChart({ progress }: { progress: PracticeProgress }) {
  const labels = dayLabels(progress.sessions.map((session) => session.date));
  const rows = progress.sessions.map((session, index) => {
    const row: Record<string, string | number> = { date: labels[index] ?? '', session: session.name };
    for (const series of progress.competencies) {
      const point = series.points.find((item) => item.sessionId === session.sessionId);
      if (point) row[series.competency] = point.score;
    }
    return row;
  });
  const series = progress.competencies.map((item) => ({ name: item.competency, label: competencyLabels[item.competency], color: competencyColor(item.competency) }));

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="progress-chart">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={3} size="h4">
            Your progress
          </Title>
          <Text size="sm" c="dimmed">
            Scores per competency (1–5) across your {progress.sessions.length === 1 ? 'report' : `${progress.sessions.length} reports`}.
          </Text>
        </Stack>
        <Suspense fallback={<Loader size="sm" aria-label="Loading the chart" />}>
          <LineChart
            h={280}
            data={rows}
            dataKey="date"
            series={series}
            curveType="monotone"
            connectNulls
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            yAxisProps={{ domain: [1, 5], allowDecimals: false }}
            valueFormatter={(value) => value.toFixed(1)}
          />
        </Suspense>
        <Group gap="xs">
          {progress.competencies.map((item) => (
            <Badge key={item.competency} variant="light" color={competencyColor(item.competency).split('.')[0]}>
              {competencyLabels[item.competency]} {item.latest.toFixed(1)} · avg {item.average.toFixed(1)}
            </Badge>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}
