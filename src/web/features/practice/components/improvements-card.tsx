import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { PracticeReportReady } from '#shared/contracts/practice.ts';
import { Quote } from './quote.tsx';

export function ImprovementsCard({ improvements }: { improvements: PracticeReportReady['improvements'] }) {
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="report-improvements">
      <Stack gap="md">
        <Title order={3} size="h4">
          To improve
        </Title>
        {improvements.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing pressing: keep practising to make it routine.
          </Text>
        ) : null}
        {improvements.map((improvement) => (
          <Stack key={`${improvement.text}|${improvement.technique}`} gap={4} data-testid="improvement">
            <Text size="sm" fw={600}>
              {improvement.text}
            </Text>
            <Group gap={6} wrap="nowrap" align="baseline">
              <Badge size="xs" variant="light" color="orange" style={{ flexShrink: 0 }}>
                Try
              </Badge>
              <Text size="sm">{improvement.technique}</Text>
            </Group>
            {improvement.quote ? <Quote text={improvement.quote} color="orange" /> : null}
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
