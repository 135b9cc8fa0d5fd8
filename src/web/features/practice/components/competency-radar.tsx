import { Card, Group, Loader, Progress, Stack, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import type { PracticeReportReady } from '#shared/contracts/practice.ts';
import { competencyLabels, ratingColor } from '#web/features/practice/practice-labels.ts';
import { RadarChart } from '#web/ui/lazy-charts.ts';

type Competencies = PracticeReportReady['competencies'];

/** A radar needs at least this many axes to show a shape; fewer are read more easily as bars. */
export const radarMinimum = 5;

/** One bar per competency, scored out of 5: for reports with fewer competencies than a radar needs. */
function CompetencyBars({ competencies }: { competencies: Competencies }) {
  return (
    <Stack gap="sm" data-testid="competency-bars">
      {competencies.map((item) => (
        <Stack key={item.competency} gap={4}>
          <Group justify="space-between" gap="xs">
            <Text size="sm">{competencyLabels[item.competency]}</Text>
            <Text size="sm" fw={700} c={ratingColor(item.score)}>
              {item.score.toFixed(1)} / 5
            </Text>
          </Group>
          <Progress value={(item.score / 5) * 100} color={ratingColor(item.score)} aria-label={`${competencyLabels[item.competency]}: ${item.score.toFixed(1)} out of 5`} />
        </Stack>
      ))}
    </Stack>
  );
}

/** Each competency the answers showed, scored 1–5: on a radar from five competencies on (scores written out beneath), else as bars. */
export function CompetencyRadar({ competencies }: { competencies: Competencies }) {
  const data = competencies.map((item) => ({ competency: competencyLabels[item.competency], score: item.score }));
  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Competencies
        </Title>
        {competencies.length === 0 ? (
          <Text size="sm" c="dimmed">
            The answers did not show a competency clearly enough to score.
          </Text>
        ) : competencies.length < radarMinimum ? (
          <CompetencyBars competencies={competencies} />
        ) : (
          <div data-testid="competency-radar">
            <Suspense fallback={<Loader size="sm" aria-label="Loading the chart" />}>
              <RadarChart
                h={280}
                data={data}
                dataKey="competency"
                series={[{ name: 'score', label: 'Score (1–5)', color: 'indigo.6', opacity: 0.25 }]}
                withPolarRadiusAxis
                polarRadiusAxisProps={{ domain: [0, 5], tick: false, axisLine: false }}
                withTooltip
                withDots
              />
            </Suspense>
          </div>
        )}
        {competencies.length < radarMinimum ? null : (
          <Group gap="md">
            {competencies.map((item) => (
              <Text key={item.competency} size="sm">
                {competencyLabels[item.competency]}{' '}
                <Text span fw={700} c={ratingColor(item.score)}>
                  {item.score.toFixed(1)}
                </Text>
              </Text>
            ))}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
