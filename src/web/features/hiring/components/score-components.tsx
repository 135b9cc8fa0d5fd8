import { Group, Progress, Stack, Text } from '@mantine/core';
import type { CandidateProfile } from '#shared/contracts/hiring.ts';
import { componentLabels } from '#web/features/hiring/hiring-labels.ts';

/** Each part of the score: how well the candidate did (0–100 %) and how much it counts towards the total. */
export function ScoreComponents({ components, compact = false }: { components: CandidateProfile['components']; compact?: boolean }) {
  return (
    <Stack gap={compact ? 'xs' : 'md'} data-testid="score-components">
      {components.map((component) => (
        <Stack key={component.name} gap={4}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" fw={500}>
              {componentLabels[component.name]}
            </Text>
            <Text size="xs" c="dimmed">
              {component.weight === 0
                ? 'not counted'
                : component.name === 'niceToHave'
                  ? `${Math.round(component.value * 100)} % · bonus +${Math.round(component.value * component.weight * 100)} of ${Math.round(component.weight * 100)}`
                  : `${Math.round(component.value * 100)} % · weight ${Math.round(component.weight * 100)} %`}
            </Text>
          </Group>
          <Progress value={component.value * 100} size="sm" color={component.weight === 0 ? 'gray' : undefined} aria-label={componentLabels[component.name]} />
          {compact ? null : (
            <Text size="xs" c="dimmed">
              {component.detail}
            </Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
