import { Badge, Group, Stack, Text } from '@mantine/core';
import type { CandidateProfile } from '#shared/contracts/hiring.ts';

const typeLabels: Record<string, string> = {
  PERSON: 'People',
  ORG: 'Organisations',
  SKILL: 'Skills',
  DEGREE: 'Degrees',
  DATE: 'Dates',
  LOCATION: 'Places',
  EMAIL: 'Emails',
  PHONE: 'Phone numbers',
  URL: 'Links',
  TITLE: 'Job titles',
  CERTIFICATION: 'Certifications',
  LANGUAGE: 'Languages',
};

/** The named things read from the CV text, grouped by kind, each named once. */
export function EntityList({ entities }: { entities: CandidateProfile['entities'] }) {
  const groups = new Map<string, Set<string>>();
  for (const entity of entities) groups.set(entity.type, (groups.get(entity.type) ?? new Set()).add(entity.text.trim()));
  if (groups.size === 0) {
    return (
      <Text size="sm" c="dimmed">
        None found.
      </Text>
    );
  }
  return (
    <Stack gap="sm" data-testid="entities">
      {[...groups].map(([type, texts]) => (
        <Stack key={type} gap={4}>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            {typeLabels[type] ?? type}
          </Text>
          <Group gap={4}>
            {[...texts].map((text) => (
              <Badge key={text} size="sm" variant="outline" color="gray" tt="none">
                {text}
              </Badge>
            ))}
          </Group>
        </Stack>
      ))}
    </Stack>
  );
}
