import { Card, Stack, Text, Title } from '@mantine/core';
import type { PracticeReportReady } from '#shared/contracts/practice.ts';
import { Quote } from './quote.tsx';

export function StrengthsCard({ strengths }: { strengths: PracticeReportReady['strengths'] }) {
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="report-strengths">
      <Stack gap="md">
        <Title order={3} size="h4">
          Strengths
        </Title>
        {strengths.length === 0 ? (
          <Text size="sm" c="dimmed">
            No clear strength stood out yet: longer answers with a concrete example give more to build on.
          </Text>
        ) : null}
        {strengths.map((strength) => (
          <Stack key={`${strength.text}|${strength.quote}`} gap={2} data-testid="strength">
            <Text size="sm" fw={600}>
              {strength.text}
            </Text>
            <Quote text={strength.quote} color="teal" />
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
