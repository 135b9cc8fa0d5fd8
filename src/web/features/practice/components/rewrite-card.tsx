import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { PracticeReportReady } from '#shared/contracts/practice.ts';

type Rewrite = NonNullable<PracticeReportReady['rewrite']>;

/** One answer as given, and the same story in a stronger order; or, with too little to reorder, a structure to fill. */
export function RewriteCard({ rewrite }: { rewrite: Rewrite }) {
  const structure = rewrite.kind === 'structure';
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="report-rewrite">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={3} size="h4">
            {structure ? 'A structure to fill' : 'One answer, rewritten'}
          </Title>
          <Text size="sm" c="dimmed">
            {structure
              ? 'This answer was too short to rewrite. Answer the questions in brackets with your own example.'
              : 'Your own sentences in STAR order. The questions in brackets mark what the story still needs.'}
          </Text>
          <Text size="sm" c="dimmed">
            {rewrite.question}
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap={4}>
            <Text size="xs" tt="uppercase" fw={700} c="dimmed">
              Before
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {rewrite.before}
            </Text>
          </Stack>
          <Stack gap={4}>
            <Text size="xs" tt="uppercase" fw={700} c="teal">
              {structure ? 'To fill' : 'After'}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {rewrite.after}
            </Text>
          </Stack>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
