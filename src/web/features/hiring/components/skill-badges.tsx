import { Badge, Group, Text, Tooltip } from '@mantine/core';

type Tone = 'matched' | 'missing' | 'optional' | 'additional' | 'related';

const colors: Record<Tone, string> = { matched: 'teal', missing: 'red', optional: 'orange', additional: 'gray', related: 'blue' };

/** A list of skills as small badges; past `limit`, the rest are counted and listed on hover. */
export function SkillBadges({ skills, tone, limit, empty = '—' }: { skills: readonly string[]; tone: Tone; limit?: number; empty?: string }) {
  if (skills.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {empty}
      </Text>
    );
  }
  const shown = limit === undefined ? skills : skills.slice(0, limit);
  const rest = skills.slice(shown.length);
  return (
    <Group gap={4} data-testid={`skills-${tone}`}>
      {shown.map((skill) => (
        <Badge key={skill} size="sm" radius="sm" variant="light" color={colors[tone]} tt="none">
          {skill}
        </Badge>
      ))}
      {rest.length > 0 ? (
        <Tooltip label={rest.join(', ')} multiline maw={300} withArrow>
          <Badge size="sm" radius="sm" variant="outline" color={colors[tone]} tt="none">
            +{rest.length}
          </Badge>
        </Tooltip>
      ) : null}
    </Group>
  );
}
