import { Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import type { AnswerEvaluation } from '#shared/ai/interview.ts';
import type { AnswerAttempt, AnswerMetrics } from '#shared/contracts/practice.ts';
import { competencyLabels, ratingColor } from '#web/features/practice/practice-labels.ts';

const starParts = [
  ['situation', 'Situation'],
  ['task', 'Task'],
  ['action', 'Action'],
  ['result', 'Result'],
] as const;

/** One attempt at a question: the words, the delivery figures and the evaluation. */
export function AttemptView({ attempt, title }: { attempt: AnswerAttempt; title: string }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid="answer-attempt">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text size="xs" tt="uppercase" fw={700} c="dimmed">
            {title}
            {sourceLabels[attempt.transcriptSource]}
          </Text>
          {attempt.overall === null ? null : (
            <Badge color={ratingColor(attempt.overall)} variant="filled" data-testid="attempt-overall">
              {attempt.overall} / 5
            </Badge>
          )}
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {attempt.text}
        </Text>
        <MetricsLine metrics={attempt.metrics} estimated={attempt.transcriptSource === 'stt_offline'} />
        {attempt.evaluation ? (
          <EvaluationView evaluation={attempt.evaluation} />
        ) : (
          <Text size="sm" c="dimmed">
            Not evaluated yet.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

const sourceLabels: Readonly<Record<AnswerAttempt['transcriptSource'], string>> = { typed: '', stt: ' · spoken', stt_offline: ' · spoken (offline rough draft)' };

function MetricsLine({ metrics, estimated }: { metrics: AnswerMetrics; estimated: boolean }) {
  const fillers = Object.entries(metrics.fillerWords)
    .map(([word, count]) => `“${word}” ×${count}`)
    .join(', ');
  return (
    <Group gap="lg" data-testid="attempt-metrics">
      <Text size="xs" c="dimmed">
        <b>{metrics.wordCount}</b> words
      </Text>
      <Text size="xs" c="dimmed">
        <b>{metrics.fillerCount}</b> filler words{fillers ? ` (${fillers})` : ''}
      </Text>
      <Text size="xs" c="dimmed">
        Pace: {metrics.wordsPerMinute === undefined ? 'typed' : <b>{Math.round(metrics.wordsPerMinute)} words/min</b>}
        {estimated && metrics.wordsPerMinute !== undefined ? ' (estimated)' : ''}
      </Text>
    </Group>
  );
}

function EvaluationView({ evaluation }: { evaluation: AnswerEvaluation }) {
  return (
    <Stack gap="xs">
      <Group gap={6}>
        <Text size="xs" fw={600}>
          STAR {evaluation.starCoverage}/4:
        </Text>
        {starParts.map(([key, label]) => (
          <Badge key={key} size="xs" variant={evaluation.star[key] ? 'filled' : 'outline'} color={evaluation.star[key] ? 'teal' : 'gray'}>
            {label}
          </Badge>
        ))}
      </Group>
      {evaluation.competencies.length > 0 ? (
        <Group gap="md">
          {evaluation.competencies.map((item) => (
            <Text key={item.competency} size="xs" title={item.why}>
              {competencyLabels[item.competency]}{' '}
              <Text span fw={700} c={ratingColor(item.score)}>
                {item.score}/5
              </Text>
            </Text>
          ))}
        </Group>
      ) : null}
      {evaluation.feedback.length > 0 ? (
        <List size="sm" spacing={2}>
          {evaluation.feedback.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  );
}
