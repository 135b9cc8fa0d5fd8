import { Anchor, Group, Progress, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CandidateRow } from '#shared/contracts/hiring.ts';
import { candidateLabel } from '#shared/hiring/candidate-label.ts';
import { SkillBadges } from './skill-badges.tsx';

/** The candidate's name (wrapping, never over the next column) and, when it adds something, the CV's file name. */
export function CandidateName({ row }: { row: CandidateRow }) {
  const label = candidateLabel(row);
  return (
    <Stack gap={0} miw={0}>
      <Anchor component={Link} to={`/hiring/candidates/${row.id}`} fw={600} size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="candidate-name">
        {label}
      </Anchor>
      {!row.masked && row.fileName && row.fileName !== label ? (
        <Text size="xs" c="dimmed" title={row.fileName} style={{ overflowWrap: 'anywhere' }}>
          {row.fileName}
        </Text>
      ) : null}
    </Stack>
  );
}

export function CandidateScore({ score }: { score: number }) {
  return (
    <Group gap={8} wrap="nowrap">
      <Text fw={700} size="sm" miw={24} data-testid="candidate-score">
        {score}
      </Text>
      <Progress value={score} w={44} size="sm" aria-hidden="true" />
    </Group>
  );
}

/** Matched skills, then the missing must-haves: one column instead of two, each list wrapping. */
export function CandidateSkills({ row }: { row: CandidateRow }) {
  return (
    <Stack gap={4}>
      <SkillBadges skills={row.matched} tone="matched" limit={4} />
      {row.missing.length > 0 ? (
        <Group gap={4} wrap="nowrap" align="flex-start">
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            Missing:
          </Text>
          <SkillBadges skills={row.missing} tone="missing" limit={3} />
        </Group>
      ) : null}
    </Stack>
  );
}
