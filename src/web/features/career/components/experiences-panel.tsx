import { Anchor, Badge, Button, Group, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Experience } from '#shared/contracts/career.ts';
import { useDeleteEntry, useExperiences, useReorderEntries, useSaveExperience } from '#web/features/career/hooks/use-library.ts';
import { ExperienceForm } from './experience-form.tsx';
import { formatRange, OrderedList } from './ordered-list.tsx';

const pageSize = 20;

export function ExperiencesPanel() {
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const experiences = useExperiences({ page, pageSize, q });
  const save = useSaveExperience();
  const remove = useDeleteEntry('experiences');
  const reorder = useReorderEntries('experiences');
  const [editing, setEditing] = useState<Experience | 'new' | null>(null);
  const close = () => {
    setEditing(null);
    save.reset();
  };
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          Achievements, projects and stories, each with the skills it shows.
        </Text>
        <Button onClick={() => setEditing('new')}>Add experience</Button>
      </Group>
      <OrderedList
        what={['experience', 'experiences']}
        query={experiences}
        search={q}
        onSearch={(value) => {
          setQ(value);
          setPage(1);
        }}
        page={page}
        pageSize={pageSize}
        onPage={setPage}
        onEdit={setEditing}
        onDelete={(item) => remove.mutate(item.id)}
        onReorder={(ids) => reorder.mutate(ids)}
        changeError={remove.error ?? reorder.error}
        empty="No experiences yet. Add one, fill the library from your CV, or tell the assistant a story."
        renderItem={(item) => (
          <>
            <Text fw={600}>{item.title}</Text>
            <Text size="xs" c="dimmed">
              {[item.type, formatRange(item.dateStarted, item.dateFinished), item.visibility === 'shared' ? 'shareable' : null].filter(Boolean).join(' · ')}
            </Text>
            {item.description ? (
              <Text size="sm" lineClamp={2}>
                {item.description}
              </Text>
            ) : null}
            <Group gap={4} mt={4}>
              {item.skills.map((skill) => (
                <Anchor key={skill.skillId} component={Link} to={`/career/skills/${skill.skillId}`} size="xs">
                  <Badge variant={skill.prominence === 'primary' ? 'filled' : 'light'} size="sm" style={{ cursor: 'pointer' }}>
                    {skill.name}
                  </Badge>
                </Anchor>
              ))}
            </Group>
          </>
        )}
      />
      <Modal opened={editing !== null} onClose={close} title={editing === 'new' ? 'Add an experience' : 'Edit the experience'} size="lg">
        {editing !== null ? (
          <ExperienceForm
            initial={editing === 'new' ? undefined : { ...editing, skills: editing.skills.map((skill) => skill.name) }}
            saving={save.isPending}
            error={save.error}
            onCancel={close}
            onSubmit={(body) => save.mutate({ id: editing === 'new' ? undefined : editing.id, body }, { onSuccess: close })}
          />
        ) : null}
      </Modal>
    </>
  );
}
