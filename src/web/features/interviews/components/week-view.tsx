import { Anchor, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { InterviewSummary } from '#shared/contracts/interviews.ts';
import { dayInZone, formatDay, timeInZone } from '#web/features/interviews/time-zones.ts';

/** Seven columns, Monday first, each with that day's interviews at their time in the viewer's zone. */
export function WeekView({ days, interviews, zone }: { days: readonly string[]; interviews: readonly InterviewSummary[]; zone: string }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 7 }} spacing="xs" data-testid="week-view">
      {days.map((day) => {
        const those = interviews.filter((interview) => dayInZone(interview.startsAt, zone) === day);
        return (
          <Card key={day} withBorder padding="xs" mih={120}>
            <Stack gap={6}>
              <Text fw={600} size="sm">
                {formatDay(day)}
              </Text>
              {those.map((interview) => (
                <Group key={interview.id} gap={4} wrap="nowrap" align="flex-start">
                  <Text size="xs" c="dimmed" w={40}>
                    {timeInZone(interview.startsAt, zone)}
                  </Text>
                  <Anchor component={Link} to={`/interviews/${interview.id}`} size="xs" td={interview.status === 'cancelled' ? 'line-through' : undefined}>
                    {interview.candidateName}
                  </Anchor>
                </Group>
              ))}
            </Stack>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
