import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { PracticeReportReady } from '#shared/contracts/practice.ts';

export function PracticePlanCard({ plan }: { plan: PracticeReportReady['practicePlan'] }) {
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="report-plan">
      <Stack gap="md">
        <Title order={3} size="h4">
          Practice plan
        </Title>
        {plan.length === 0 ? (
          <Text size="sm" c="dimmed">
            No plan this time.
          </Text>
        ) : null}
        {plan.map((item) => (
          <Group key={`${item.day}|${item.focus}`} gap="sm" align="flex-start" wrap="nowrap">
            <Badge variant="light" w={64} style={{ flexShrink: 0 }}>
              Day {item.day}
            </Badge>
            <Stack gap={0}>
              <Text size="sm" fw={600}>
                {item.focus}
              </Text>
              <Text size="sm" c="dimmed">
                {item.exercise}
              </Text>
            </Stack>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
