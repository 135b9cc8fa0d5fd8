import { Badge, Card, Group, RingProgress, Stack, Text, Title } from '@mantine/core';
import type { PracticeReportReady } from '#shared/contracts/practice.ts';
import { ratingColor } from '#web/features/practice/practice-labels.ts';

/** The overall verdict: the 0–100 score, the 1–5 rating in words, the headline and the summary. */
export function RatingCard({ report }: { report: PracticeReportReady }) {
  const color = ratingColor(report.rating);
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="report-rating">
      <Group align="center" gap="xl" wrap="nowrap">
        <RingProgress
          size={120}
          thickness={10}
          roundCaps
          sections={[{ value: report.score, color }]}
          label={
            <Text ta="center" fw={700} fz={26} data-testid="report-score">
              {report.score}
            </Text>
          }
        />
        <Stack gap={6}>
          <Group gap="sm">
            <Badge size="lg" color={color} variant="filled" data-testid="report-rating-word">
              {report.ratingWord}
            </Badge>
            <Text size="sm" c="dimmed">
              {report.rating} / 5 · score {report.score} / 100
            </Text>
          </Group>
          <Title order={3} size="h4">
            {report.headline}
          </Title>
          <Text size="sm" lh={1.6}>
            {report.summary}
          </Text>
        </Stack>
      </Group>
    </Card>
  );
}
