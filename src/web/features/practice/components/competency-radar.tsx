import { Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import type { PracticeReportReady } from '#shared/contracts/practice.ts';
import { competencyLabels, ratingColor } from '#web/features/practice/practice-labels.ts';
import { RadarChart } from './lazy-charts.ts';

/** Each competency the answers showed, scored 1–5 on a radar, with the scores also written out beneath it. */
export function CompetencyRadar({ competencies }: { competencies: PracticeReportReady['competencies'] }) {
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
      </Stack>
    </Card>
  );
}
