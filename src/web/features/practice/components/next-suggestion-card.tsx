import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import type { PracticeProgress } from '#shared/contracts/practice.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { useCreatePracticeSession } from '#web/features/practice/hooks/use-practice-sessions.ts';
import { interviewTypeLabels } from '#web/features/practice/practice-labels.ts';
import { practicePaths } from '#web/features/practice/practice-paths.ts';
import { setupSearchOf } from '#web/features/practice/setup-search.ts';

type Suggestion = NonNullable<PracticeProgress['nextSuggestion']>;

const suggestedQuestionCount = 5;

/** What to practise next, startable in one click (five text questions) or opened in the setup form to adjust. */
export function NextSuggestionCard({ suggestion }: { suggestion: Suggestion }) {
  const navigate = useNavigate();
  const create = useCreatePracticeSession();
  const start = () =>
    create.mutate(
      {
        targetRole: suggestion.targetRole,
        interviewType: suggestion.interviewType,
        focusSkills: suggestion.focusSkills,
        questionCount: suggestedQuestionCount,
        mode: 'text',
      },
      { onSuccess: (session) => void navigate(practicePaths.room(session.id)) },
    );

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="next-suggestion">
      <Stack gap="sm">
        <Text size="xs" tt="uppercase" fw={700} c="dimmed">
          Next suggested practice
        </Text>
        <Title order={3} size="h4">
          {interviewTypeLabels[suggestion.interviewType]} interview · {suggestion.targetRole}
        </Title>
        <Text size="sm" c="dimmed">
          {suggestion.reason}
        </Text>
        {suggestion.focusSkills.length > 0 ? (
          <Group gap={6}>
            {suggestion.focusSkills.map((skill) => (
              <Badge key={skill} variant="light" color="indigo">
                {skill}
              </Badge>
            ))}
          </Group>
        ) : null}
        <FormError error={create.error} />
        <Group gap="sm">
          <Button onClick={start} loading={create.isPending}>
            Start this practice
          </Button>
          <Button component={Link} to={`${practicePaths.newSession}?${setupSearchOf(suggestion)}`} variant="default">
            Adjust first
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
