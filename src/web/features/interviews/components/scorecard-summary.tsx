import { Badge, Card, Group, Text } from '@mantine/core';
import type { Scorecard } from '#shared/contracts/interviews.ts';
import { outcomeLabels } from './room-review.tsx';

/** One panelist's scorecard, read-only: who, the recommendation (or whether it is still a draft), the overall rating and the notes. */
export function ScorecardSummary({ card, draftLabel, testId }: { card: Scorecard; draftLabel: string; testId?: string }) {
  return (
    <Card withBorder padding="sm" radius="md" data-testid={testId}>
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {card.panelistName ?? card.panelistEmail}
        </Text>
        <Badge variant="light">{card.submittedAt ? (card.recommendation ? outcomeLabels[card.recommendation] : 'Submitted') : draftLabel}</Badge>
      </Group>
      {card.overallRating ? <Text size="sm">Overall {card.overallRating}/5</Text> : null}
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {card.notes}
      </Text>
    </Card>
  );
}
