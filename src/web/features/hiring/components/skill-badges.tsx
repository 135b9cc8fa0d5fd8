import { Badge, Group, Text } from '@mantine/core';

type Tone = 'matched' | 'missing' | 'optional' | 'additional' | 'related';

const colors: Record<Tone, string> = { matched: 'teal', missing: 'red', optional: 'orange', additional: 'gray', related: 'blue' };

/** A long skill ("General ledger reconciliation") wraps inside its pill instead of being cut to "General ledg…". */
const wrapping = { root: { height: 'auto', maxWidth: '100%' }, label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: 1.35, paddingBlock: 2 } } as const;

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
    <Group gap={4} miw={0} data-testid={`skills-${tone}`}>
      {shown.map((skill) => (
        <Badge key={skill} size="sm" radius="sm" variant="light" color={colors[tone]} tt="none" styles={wrapping}>
          {skill}
        </Badge>
      ))}
      {rest.length > 0 ? (
        // The browser's own tooltip (title), which keeps Mantine's Tooltip out of the job page's download.
        <Badge size="sm" radius="sm" variant="outline" color={colors[tone]} tt="none" title={rest.join(', ')}>
          +{rest.length}
        </Badge>
      ) : null}
    </Group>
  );
}
