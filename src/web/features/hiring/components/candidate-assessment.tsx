import { Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { CandidateProfile } from '#shared/contracts/hiring.ts';
import { ScoreComponents } from './score-components.tsx';
import { SkillsMatch } from './skills-match.tsx';

/** Why the candidate scored what they did: the parts of the score, the skills matched or missing, the reasoning. */
export function CandidateAssessment({ candidate }: { candidate: CandidateProfile }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Card withBorder radius="lg" padding="lg">
        <Title order={3} size="h4" mb="sm">
          Score
        </Title>
        <ScoreComponents components={candidate.components} />
      </Card>
      <Stack gap="lg">
        <Card withBorder radius="lg" padding="lg">
          <Title order={3} size="h4" mb="sm">
            Skills
          </Title>
          <SkillsMatch candidate={candidate} />
        </Card>
        <Card withBorder radius="lg" padding="lg">
          <Title order={3} size="h4" mb="sm">
            Reasoning
          </Title>
          {candidate.reasoning.length === 0 ? (
            <Text size="sm" c="dimmed">
              No reasoning recorded.
            </Text>
          ) : (
            <List size="sm" spacing={6} data-testid="reasoning">
              {candidate.reasoning.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          )}
        </Card>
      </Stack>
    </SimpleGrid>
  );
}
