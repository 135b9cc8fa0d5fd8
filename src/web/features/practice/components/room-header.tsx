import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { PracticeSessionState } from '#shared/contracts/practice.ts';
import { difficultyLabels, interviewTypeLabels } from '#web/features/practice/practice-labels.ts';

export function RoomHeader({ session, children }: { session: PracticeSessionState; children?: ReactNode }) {
  const details = [
    session.targetRole,
    session.interviewType ? `${interviewTypeLabels[session.interviewType]} interview` : null,
    session.difficulty ? difficultyLabels[session.difficulty] : null,
  ].filter(Boolean);
  return (
    <Group justify="space-between" align="flex-start">
      <Stack gap={4}>
        <Title order={2}>{session.name}</Title>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {details.join(' · ')}
          </Text>
          {session.personalisedFrom.resume ? (
            <Badge size="sm" variant="light" color="teal">
              Uses your CV
            </Badge>
          ) : null}
          {session.personalisedFrom.jobDescription ? (
            <Badge size="sm" variant="light" color="grape">
              Uses the job description
            </Badge>
          ) : null}
          <Text size="sm" c="dimmed" data-testid="answered-count">
            {session.answeredCount} of {session.questionCount} answered
          </Text>
        </Group>
      </Stack>
      <Group gap="sm">{children}</Group>
    </Group>
  );
}
