import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { DeliverySummary } from '#shared/contracts/practice.ts';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="lg">
        {value}
      </Text>
    </Stack>
  );
}

/** How the answers were delivered: length, filler words, and pace when they were spoken (estimated after an offline rough draft). */
export function DeliverySummaryCard({ delivery }: { delivery: DeliverySummary }) {
  const fillers = delivery.topFillers.map((filler) => `“${filler.word}” ×${filler.count}`).join(', ');
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="report-delivery">
      <Stack gap="md">
        <Title order={3} size="h4">
          Delivery
        </Title>
        <SimpleGrid cols={2} spacing="md">
          <Figure label="Words in all" value={String(delivery.totalWords)} />
          <Figure label="Words per answer" value={delivery.averageWordsPerAnswer.toFixed(0)} />
          <Figure label={`Filler words (${delivery.fillersPer100Words.toFixed(1)} per 100 words)`} value={String(delivery.fillerCount)} />
          <Figure
            label={delivery.estimated ? 'Pace (estimated)' : 'Pace'}
            value={delivery.wordsPerMinute === null ? 'Typed answers' : `${Math.round(delivery.wordsPerMinute)} words/min`}
          />
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {fillers ? `Most frequent fillers: ${fillers}.` : 'No filler words.'}
        </Text>
        {delivery.estimated ? (
          <Text size="sm" c="dimmed" data-testid="delivery-estimated">
            Estimated: some answers were transcribed by the offline rough draft, so pace and filler counts are only as good as its transcript.
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
