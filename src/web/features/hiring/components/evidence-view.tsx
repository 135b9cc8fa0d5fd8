import { Badge, Card, Grid, Mark, NavLink, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { Fragment, useMemo, useRef, useState } from 'react';
import type { Evidence } from '#shared/contracts/hiring.ts';
import { splitByEvidence } from '#web/features/hiring/evidence-segments.ts';

function groupBySkill(evidence: readonly Evidence[]): { skill: string; found: Evidence[] }[] {
  const groups = new Map<string, Evidence[]>();
  for (const item of evidence) groups.set(item.skill, [...(groups.get(item.skill) ?? []), item]);
  return [...groups].map(([skill, found]) => ({ skill, found }));
}

/** The CV text with every matched skill highlighted where it was found; picking a skill scrolls to it. */
export function EvidenceView({ text, evidence }: { text: string; evidence: readonly Evidence[] }) {
  // A skill shown only through a related one is never highlighted as if the CV named it.
  const named = useMemo(() => evidence.filter((item) => !item.via), [evidence]);
  const segments = useMemo(() => splitByEvidence(text, named), [text, named]);
  const skills = useMemo(() => groupBySkill(named), [named]);
  const related = useMemo(() => groupBySkill(evidence.filter((item) => item.via)), [evidence]);
  const [focus, setFocus] = useState<string | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const show = (skill: string) => {
    setFocus(skill);
    textRef.current?.querySelector(`mark[data-skill="${CSS.escape(skill)}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  if (text === '') {
    return (
      <Text size="sm" c="dimmed">
        The text of this CV is not stored.
      </Text>
    );
  }
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Card withBorder radius="lg" padding="lg">
          <Title order={3} size="h4">
            CV text
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            Each skill the job asks for is highlighted everywhere the CV names it (or one of its other names).
          </Text>
          <ScrollArea.Autosize mah={640} type="auto">
            <Text ref={textRef} size="sm" lh={1.6} style={{ whiteSpace: 'pre-wrap' }} data-testid="cv-text">
              {segments.map((segment, index) =>
                segment.skill ? (
                  <Mark key={index} data-skill={segment.skill} title={segment.skill} color={focus === segment.skill ? 'orange' : 'yellow'}>
                    {segment.text}
                  </Mark>
                ) : (
                  <Fragment key={index}>{segment.text}</Fragment>
                ),
              )}
            </Text>
          </ScrollArea.Autosize>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Card withBorder radius="lg" padding="lg">
          <Title order={3} size="h4" mb="sm">
            Found in the CV
          </Title>
          {skills.length === 0 ? (
            <Text size="sm" c="dimmed">
              The CV shows none of the skills the job asks for.
            </Text>
          ) : (
            <Stack gap={2} data-testid="evidence-skills">
              {skills.map(({ skill, found }) => (
                <NavLink
                  key={skill}
                  label={skill}
                  description={`Line ${[...new Set(found.map((item) => item.line))].join(', ')}`}
                  active={focus === skill}
                  onClick={() => show(skill)}
                  rightSection={
                    <Badge size="sm" variant="light" circle>
                      {found.length}
                    </Badge>
                  }
                  style={{ borderRadius: 'var(--mantine-radius-md)' }}
                />
              ))}
            </Stack>
          )}
          {related.length > 0 ? (
            <>
              <Title order={4} size="h5" mt="lg" mb={4}>
                Related, not named
              </Title>
              <Text size="xs" c="dimmed" mb="xs">
                The CV does not name these skills; a related one it names counts for part of them.
              </Text>
              <Stack gap={6} data-testid="related-skills">
                {related.map(({ skill, found }) => (
                  <Text key={skill} size="sm" data-skill={skill}>
                    <Text span fw={600}>
                      {skill}
                    </Text>
                    : the CV names {found[0]?.via} (line {[...new Set(found.map((item) => item.line))].join(', ')})
                  </Text>
                ))}
              </Stack>
            </>
          ) : null}
        </Card>
      </Grid.Col>
    </Grid>
  );
}
