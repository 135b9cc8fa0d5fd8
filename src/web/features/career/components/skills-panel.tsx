import { Anchor, Button, Group, Modal, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { Skill } from '#shared/contracts/career.ts';
import { skillLevels, type SkillLevel } from '#shared/vocabulary.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { useDeleteEntry, useReorderEntries, useSaveSkill, useSkills } from '#web/features/career/hooks/use-library.ts';
import { OrderedList } from './ordered-list.tsx';

const pageSize = 30;

export function yearsLabel(skill: Pick<Skill, 'years' | 'yearsComputed'>): string {
  if (skill.years === null) return 'no dated experience yet';
  return `${skill.years} ${skill.years === 1 ? 'year' : 'years'}${skill.yearsComputed ? ' (from your experiences)' : ''}`;
}

function SkillForm({ initial, onDone }: { initial?: Skill; onDone: () => void }) {
  const save = useSaveSkill();
  const [name, setName] = useState(initial?.name ?? '');
  const [category, setCategory] = useState(initial?.category ?? '');
  const [level, setLevel] = useState<string | null>(initial?.level ?? null);
  const [description, setDescription] = useState(initial?.description ?? '');
  const [years, setYears] = useState<number | string>(initial && !initial.yearsComputed && initial.years !== null ? initial.years : '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { name, category: category || null, level: (level as SkillLevel | null) ?? null, description: description || null, years: years === '' ? null : Number(years) };
    save.mutate({ id: initial?.id, body }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError error={save.error} />
        <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} required />
        <Group grow>
          <TextInput label="Category" placeholder="Data, Leadership…" value={category} onChange={(e) => setCategory(e.currentTarget.value)} />
          <Select label="Level" data={[...skillLevels]} value={level} onChange={setLevel} clearable />
          <NumberInput label="Years" description="Empty: from your experiences" min={0} max={70} value={years} onChange={setYears} />
        </Group>
        <Textarea label="Notes" value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save skill
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function SkillsPanel() {
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const skills = useSkills({ page, pageSize, q });
  const remove = useDeleteEntry('skills');
  const reorder = useReorderEntries('skills');
  const [editing, setEditing] = useState<Skill | 'new' | null>(null);
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          Years come from the dates of the experiences that show a skill, unless you type them.
        </Text>
        <Button onClick={() => setEditing('new')}>Add skill</Button>
      </Group>
      <OrderedList
        what={['skill', 'skills']}
        query={skills}
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
        empty="No skills yet: they appear as you add experiences."
        renderItem={(item) => (
          <>
            <Anchor component={Link} to={`/career/skills/${item.id}`} fw={600}>
              {item.name}
            </Anchor>
            <Text size="xs" c="dimmed">
              {[item.category, item.level, yearsLabel(item), `${item.experienceCount} ${item.experienceCount === 1 ? 'experience' : 'experiences'}`].filter(Boolean).join(' · ')}
            </Text>
          </>
        )}
      />
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'Add a skill' : 'Edit the skill'}>
        {editing !== null ? <SkillForm initial={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} /> : null}
      </Modal>
    </>
  );
}
