import { Stack, Text } from '@mantine/core';
import type { CandidateProfile } from '#shared/contracts/hiring.ts';
import { SkillBadges } from './skill-badges.tsx';

type Skills = Pick<CandidateProfile, 'matched' | 'missing' | 'missingNiceToHave' | 'additional'> & Partial<Pick<CandidateProfile, 'evidence'>>;

/** The job's skills the CV shows or lacks, and what else the candidate brings. */
export function SkillsMatch({ candidate }: { candidate: Skills }) {
  const groups = [
    { title: 'Matched', skills: candidate.matched, tone: 'matched', empty: 'None of the job’s skills' },
    // Not named in the CV: a related skill it names counts for part of them.
    { title: 'Related, not named', skills: [...new Set((candidate.evidence ?? []).filter((item) => item.via).map((item) => item.skill))], tone: 'related', empty: 'None' },
    { title: 'Missing must-haves', skills: candidate.missing, tone: 'missing', empty: 'None' },
    { title: 'Missing nice-to-haves', skills: candidate.missingNiceToHave, tone: 'optional', empty: 'None' },
    { title: 'Additional', skills: candidate.additional, tone: 'additional', empty: 'None' },
  ] as const;
  return (
    <Stack gap="sm">
      {groups.map((group) => (
        <Stack key={group.title} gap={4}>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            {group.title}
          </Text>
          <SkillBadges skills={group.skills} tone={group.tone} empty={group.empty} />
        </Stack>
      ))}
    </Stack>
  );
}
