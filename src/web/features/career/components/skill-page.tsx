import { Anchor, Badge, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { useSkill } from '#web/features/career/hooks/use-library.ts';
import { formatRange } from './ordered-list.tsx';
import { yearsLabel } from './skills-panel.tsx';

/** One skill and the experiences that show it. */
export function SkillPage() {
  const { skillId = '' } = useParams();
  const skill = useSkill(skillId);
  useDocumentTitle(skill.data ? `${skill.data.name} · Career` : 'Skill · Career');
  return (
    <>
      <Anchor component={Link} to="/career?tab=skills" size="sm">
        ← All skills
      </Anchor>
      <QueryError error={skill.error} onRetry={() => skill.refetch()} what="the skill" />
      {skill.isPending ? <Loader size="sm" /> : null}
      {skill.data ? (
        <>
          <PageHeader title={skill.data.name} description={[skill.data.category, skill.data.level, yearsLabel(skill.data)].filter(Boolean).join(' · ')} />
          <Stack gap="sm">
            <Text fw={600}>Experiences that show it ({skill.data.experiences.length})</Text>
            {skill.data.experiences.length === 0 ? (
              <Text c="dimmed" size="sm">
                None yet. Add an experience that shows it, or tell the assistant about one.
              </Text>
            ) : null}
            {skill.data.experiences.map((experience) => (
              <Card key={experience.id} withBorder radius="md" padding="sm" data-testid="skill-experience">
                <Group justify="space-between">
                  <Text fw={600}>{experience.title}</Text>
                  {experience.prominence ? <Badge variant="light">{experience.prominence}</Badge> : null}
                </Group>
                <Text size="xs" c="dimmed">
                  {[formatRange(experience.dateStarted, experience.dateFinished), experience.proficiency, experience.usageNotes].filter(Boolean).join(' · ')}
                </Text>
              </Card>
            ))}
          </Stack>
        </>
      ) : null}
    </>
  );
}
