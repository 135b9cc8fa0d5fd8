import { Badge, Group, Stack, Text } from '@mantine/core';
import type { CurrentQuestion } from '#shared/contracts/practice.ts';
import { competencyLabels, stageLabels } from '#web/features/practice/practice-labels.ts';

/** The question waiting for an answer, with where it stands in the interview. */
export function CurrentQuestionCard({ question, questionCount }: { question: CurrentQuestion; questionCount: number }) {
  return (
    <Stack gap={6} data-testid="current-question">
      <Group gap="xs">
        <Text size="xs" tt="uppercase" fw={700} c="dimmed">
          {question.isFollowUp ? `Follow-up to question ${question.number}` : `Question ${question.number} of ${questionCount}`}
        </Text>
        <Badge variant="light" size="sm">
          {stageLabels[question.stage]}
        </Badge>
        {question.competency ? (
          <Badge variant="outline" size="sm" color="gray">
            {competencyLabels[question.competency]}
          </Badge>
        ) : null}
      </Group>
      <Text fw={600} data-testid="current-question-text">
        {question.text}
      </Text>
    </Stack>
  );
}
