import { Alert, Badge, Button, Card, Group, List, Loader, NumberInput, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { Outcome, ScorecardFields } from '#shared/contracts/interviews.ts';
import { useRoomReview } from '#web/features/interviews/hooks/use-room.ts';
import { useSaveScorecard } from '#web/features/interviews/hooks/use-scorecard.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { QueryError } from '#web/ui/query-error.tsx';

export const outcomeLabels: Record<Outcome, string> = { advance: 'Advance', hold: 'Hold', reject: 'Reject' };

/** The draft of the host's scorecard: the review filled only what was empty; nothing is saved until they confirm. */
function ScorecardDraft({ interviewId, draft }: { interviewId: string; draft: ScorecardFields }) {
  const [notes, setNotes] = useState(draft.notes);
  const [overallRating, setOverallRating] = useState<number | null>(draft.overallRating);
  const [recommendation, setRecommendation] = useState<Outcome | null>(draft.recommendation);
  const save = useSaveScorecard(interviewId);
  return (
    <Stack gap="sm" data-testid="scorecard-draft">
      <Text fw={600}>Your scorecard (draft)</Text>
      <Text size="xs" c="dimmed">
        Filled from the review only where you had left it empty. Check it, change anything, then confirm: nothing is saved before.
      </Text>
      <Textarea label="Notes" value={notes} onChange={(event) => setNotes(event.currentTarget.value)} autosize minRows={4} maxRows={14} />
      <Group grow>
        <NumberInput label="Overall rating (1–5)" min={1} max={5} value={overallRating ?? ''} onChange={(value) => setOverallRating(typeof value === 'number' ? value : null)} />
        <Select
          label="Recommendation"
          data={(Object.keys(outcomeLabels) as Outcome[]).map((value) => ({ value, label: outcomeLabels[value] }))}
          value={recommendation}
          onChange={(value) => setRecommendation(value)}
        />
      </Group>
      <FormError error={save.error} />
      <Group>
        <Button onClick={() => save.mutate({ ratings: draft.ratings, notes, overallRating, recommendation, submit: true })} loading={save.isPending}>
          Confirm and submit scorecard
        </Button>
        <Button variant="default" onClick={() => save.mutate({ ratings: draft.ratings, notes, overallRating, recommendation, submit: false })} loading={save.isPending}>
          Save as draft
        </Button>
      </Group>
    </Stack>
  );
}

/** After the host ends: the review (summary, evidence per competency with quotes, concerns) and the scorecard draft. */
export function RoomReview({ interviewId }: { interviewId: string }) {
  const review = useRoomReview(interviewId, true);
  const data = review.data;
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="room-review">
      <Text fw={600} mb="xs">
        Review
      </Text>
      <QueryError error={review.error} onRetry={() => review.refetch()} what="the review" />
      {review.isPending || data?.state === 'pending' ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">The review is being written…</Text>
        </Group>
      ) : null}
      {data?.state === 'failed' ? <Alert color="red">The review could not be written. Your notes and the transcript are kept.</Alert> : null}
      {data?.review ? (
        <Stack gap="sm">
          <Text size="sm" data-testid="room-review-summary">
            {data.review.summary}
          </Text>
          {data.review.evidence.length > 0 ? (
            <List size="sm" spacing={4}>
              {data.review.evidence.map((item, index) => (
                <List.Item key={`${index}-${item.competency}`}>
                  <Badge size="xs" variant="light" mr={6}>
                    {item.competency}
                  </Badge>
                  {item.text} <Text span size="xs" c="dimmed" fs="italic">“{item.quote}”</Text>
                </List.Item>
              ))}
            </List>
          ) : null}
          {data.review.notShown.length > 0 ? <Text size="sm">Not discussed: {data.review.notShown.join(', ')}</Text> : null}
          {data.review.concerns.map((concern, index) => (
            <Text key={`${index}-${concern.text}`} size="sm" c="orange.8">
              {concern.text}
            </Text>
          ))}
          {data.draft ? <ScorecardDraft interviewId={interviewId} draft={data.draft} /> : null}
          {data.scorecardSubmitted ? (
            <Alert color="teal" variant="light" data-testid="scorecard-confirmed">
              Your scorecard is submitted.
            </Alert>
          ) : null}
          {!data.draft && !data.scorecardSubmitted ? (
            <Text size="sm" c="dimmed">
              You are not on the panel, so there is no scorecard of yours to draft.
            </Text>
          ) : null}
        </Stack>
      ) : null}
    </Card>
  );
}
