import { Alert, Anchor, Badge, Button, Card, Group, Loader, NumberInput, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { MyScorecard, Outcome } from '#shared/contracts/interviews.ts';
import { roomPath } from '#web/features/interviews/api/room-api.ts';
import { useMyScorecard, useSaveScorecard, useScorecards } from '#web/features/interviews/hooks/use-scorecard.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { PageControls } from '#web/ui/page-controls.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { outcomeLabels } from './room-review.tsx';
import { ScorecardSummary } from './scorecard-summary.tsx';

const pageSize = 20;

function ScorecardForm({ mine }: { mine: MyScorecard }) {
  const card = mine.scorecard;
  const [ratings, setRatings] = useState<Record<string, number>>(card.ratings);
  const [overallRating, setOverallRating] = useState<number | null>(card.overallRating);
  const [notes, setNotes] = useState(card.notes);
  const [recommendation, setRecommendation] = useState<Outcome | null>(card.recommendation);
  const save = useSaveScorecard(mine.interviewId);
  const submitted = card.submittedAt !== null;
  const body = (submit: boolean) => ({ ratings, overallRating, notes, recommendation, submit });
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="scorecard-form">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>Your scorecard</Text>
          <Badge color={submitted ? 'teal' : 'gray'} variant="light">
            {submitted ? 'Submitted' : 'Draft'}
          </Badge>
        </Group>
        {mine.questions.map((question) => (
          <NumberInput
            key={question.id}
            label={question.text}
            description="Rating 1–5"
            min={1}
            max={5}
            disabled={submitted}
            value={ratings[question.id] ?? ''}
            onChange={(value) =>
              setRatings((held) => {
                const next = { ...held };
                if (typeof value === 'number') next[question.id] = value;
                else delete next[question.id];
                return next;
              })
            }
          />
        ))}
        <NumberInput label="Overall rating (1–5)" min={1} max={5} disabled={submitted} value={overallRating ?? ''} onChange={(value) => setOverallRating(typeof value === 'number' ? value : null)} />
        <Textarea label="Notes" value={notes} disabled={submitted} onChange={(event) => setNotes(event.currentTarget.value)} autosize minRows={4} />
        <Select
          label="Recommendation"
          disabled={submitted}
          data={(Object.keys(outcomeLabels) as Outcome[]).map((value) => ({ value, label: outcomeLabels[value] }))}
          value={recommendation}
          onChange={(value) => setRecommendation(value)}
        />
        <FormError error={save.error} />
        {submitted ? null : (
          <Group>
            <Button onClick={() => save.mutate(body(true))} loading={save.isPending}>
              Submit scorecard
            </Button>
            <Button variant="default" onClick={() => save.mutate(body(false))} loading={save.isPending}>
              Save draft
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function OtherScorecards({ interviewId }: { interviewId: string }) {
  const [page, setPage] = useState(1);
  const cards = useScorecards(interviewId, { page, pageSize });
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="scorecards">
      <Text fw={600} mb="xs">
        The panel’s scorecards
      </Text>
      <QueryError error={cards.error} onRetry={() => cards.refetch()} what="the scorecards" />
      {cards.data && cards.data.hidden > 0 ? (
        <Alert variant="light" mb="sm">
          {cards.data.hidden} submitted scorecard{cards.data.hidden === 1 ? ' is' : 's are'} hidden until you submit your own.
        </Alert>
      ) : null}
      <Stack gap="sm">
        {cards.data?.items.map((card) => (
          <ScorecardSummary key={card.panelistEmail} card={card} draftLabel="Draft" />
        ))}
      </Stack>
      {cards.data ? <PageControls page={page} pageSize={pageSize} total={cards.data.total} onChange={setPage} what={['scorecard', 'scorecards']} /> : null}
    </Card>
  );
}

/** A panelist's scorecard for one interview (signed in), with the others' once theirs is submitted. */
export function ScorecardPage() {
  const { interviewId = '' } = useParams();
  const mine = useMyScorecard(interviewId);
  useDocumentTitle(mine.data ? `Scorecard · ${mine.data.title}` : 'Scorecard');
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={roomPath(interviewId)} size="sm">
        Back to the interview room
      </Anchor>
      <PageHeader title={mine.data?.title ?? 'Scorecard'} description="Rate each question, add your notes and a recommendation. The others see it once they submit theirs." />
      <QueryError error={mine.error} onRetry={() => mine.refetch()} what="your scorecard" />
      {mine.isPending ? <Loader size="sm" aria-label="Loading your scorecard" /> : null}
      {mine.data ? <ScorecardForm key={mine.data.scorecard.updatedAt} mine={mine.data} /> : null}
      {mine.data ? <OtherScorecards interviewId={interviewId} /> : null}
    </Stack>
  );
}
