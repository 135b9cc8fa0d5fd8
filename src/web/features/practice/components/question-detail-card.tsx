import { Badge, Card, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import type { QuestionDetail } from '#shared/contracts/practice.ts';
import { competencyLabels, stageLabels } from '#web/features/practice/practice-labels.ts';
import { AttemptView } from './attempt-view.tsx';
import { RetryQuestion } from './retry-question.tsx';

/** One question: the answer given and its evaluation, and after a retry the newest attempt beside the one before. */
export function QuestionDetailCard({ sessionId, question }: { sessionId: string; question: QuestionDetail }) {
  const latest = question.attempts.at(-1);
  const previous = question.attempts.length > 1 ? question.attempts.at(-2) : undefined;
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="question-detail">
      <Stack gap="md">
        <Stack gap={6}>
          <Group gap="xs">
            <Text size="xs" tt="uppercase" fw={700} c="dimmed">
              {question.isFollowUp ? 'Follow-up' : `Question ${question.position}`}
            </Text>
            {question.stage ? (
              <Badge size="sm" variant="light">
                {stageLabels[question.stage]}
              </Badge>
            ) : null}
            {question.competency ? (
              <Badge size="sm" variant="outline" color="gray">
                {competencyLabels[question.competency]}
              </Badge>
            ) : null}
          </Group>
          <Text fw={600}>{question.text}</Text>
        </Stack>
        {latest && previous ? (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" data-testid="attempt-comparison">
            <AttemptView attempt={previous} title={previous.attempt === 1 ? 'In the interview' : `Attempt ${previous.attempt}`} />
            <AttemptView attempt={latest} title={`Retry · attempt ${latest.attempt}`} />
          </SimpleGrid>
        ) : latest ? (
          <AttemptView attempt={latest} title="Your answer" />
        ) : (
          <Text size="sm" c="dimmed">
            Not answered.
          </Text>
        )}
        {question.strongAnswerShows.length > 0 ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              A strong answer shows
            </Text>
            <List size="sm" spacing={2}>
              {question.strongAnswerShows.map((point) => (
                <List.Item key={point}>{point}</List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
        <RetryQuestion sessionId={sessionId} questionId={question.questionId} />
      </Stack>
    </Card>
  );
}
