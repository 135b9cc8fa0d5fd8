import { Button, Group, Modal, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Education, Employment } from '#shared/contracts/career.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { useDeleteEntry, useEducations, useEmployments, useReorderEntries, useSaveEducation, useSaveEmployment } from '#web/features/career/hooks/use-library.ts';
import { formatRange, OrderedList } from './ordered-list.tsx';

const pageSize = 20;
const month = (value: string | null | undefined) => (value ? value.slice(0, 7) : '');

function EmploymentForm({ initial, onDone }: { initial?: Employment; onDone: () => void }) {
  const save = useSaveEmployment();
  const [fields, setFields] = useState({
    companyName: initial?.companyName ?? '',
    title: initial?.title ?? '',
    location: initial?.location ?? '',
    dateStarted: month(initial?.dateStarted),
    dateFinished: month(initial?.dateFinished),
    description: initial?.description ?? '',
  });
  const set = (key: keyof typeof fields) => (event: { currentTarget: { value: string } }) => setFields({ ...fields, [key]: event.currentTarget.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { ...fields, title: fields.title || null, location: fields.location || null, description: fields.description || null, dateStarted: fields.dateStarted || null, dateFinished: fields.dateFinished || null };
    save.mutate({ id: initial?.id, body }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError error={save.error} />
        <TextInput label="Company" value={fields.companyName} onChange={set('companyName')} required />
        <Group grow>
          <TextInput label="Title" value={fields.title} onChange={set('title')} />
          <TextInput label="Location" value={fields.location} onChange={set('location')} />
        </Group>
        <Group grow>
          <TextInput label="From" placeholder="YYYY-MM" value={fields.dateStarted} onChange={set('dateStarted')} />
          <TextInput label="To" placeholder="YYYY-MM (empty: current)" value={fields.dateFinished} onChange={set('dateFinished')} />
        </Group>
        <Textarea label="Description" value={fields.description} onChange={set('description')} autosize minRows={2} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EducationForm({ initial, onDone }: { initial?: Education; onDone: () => void }) {
  const save = useSaveEducation();
  const [fields, setFields] = useState({
    institutionName: initial?.institutionName ?? '',
    degree: initial?.degree ?? '',
    major: initial?.major ?? '',
    minor: initial?.minor ?? '',
    dateStarted: month(initial?.dateStarted),
    dateFinished: month(initial?.dateFinished),
  });
  const [gpa, setGpa] = useState<number | string>(initial?.gpa ?? '');
  const set = (key: keyof typeof fields) => (event: { currentTarget: { value: string } }) => setFields({ ...fields, [key]: event.currentTarget.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      institutionName: fields.institutionName,
      degree: fields.degree || null,
      major: fields.major || null,
      minor: fields.minor || null,
      dateStarted: fields.dateStarted || null,
      dateFinished: fields.dateFinished || null,
      gpa: gpa === '' ? null : Number(gpa),
    };
    save.mutate({ id: initial?.id, body }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError error={save.error} />
        <TextInput label="Institution" value={fields.institutionName} onChange={set('institutionName')} required />
        <Group grow>
          <TextInput label="Degree" value={fields.degree} onChange={set('degree')} />
          <TextInput label="Major" value={fields.major} onChange={set('major')} />
          <TextInput label="Minor" value={fields.minor} onChange={set('minor')} />
        </Group>
        <Group grow>
          <TextInput label="From" placeholder="YYYY-MM" value={fields.dateStarted} onChange={set('dateStarted')} />
          <TextInput label="To" placeholder="YYYY-MM" value={fields.dateFinished} onChange={set('dateFinished')} />
          <NumberInput label="GPA" min={0} max={100} decimalScale={2} value={gpa} onChange={setGpa} />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function EmploymentPanel() {
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const rows = useEmployments({ page, pageSize, q });
  const remove = useDeleteEntry('employments');
  const reorder = useReorderEntries('employments');
  const [editing, setEditing] = useState<Employment | 'new' | null>(null);
  return (
    <>
      <Group justify="flex-end" mb="sm">
        <Button onClick={() => setEditing('new')}>Add employment</Button>
      </Group>
      <OrderedList
        what={['employment', 'employment entries']}
        query={rows}
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
        empty="No employment yet."
        renderItem={(item) => (
          <>
            <Text fw={600}>{[item.title, item.companyName].filter(Boolean).join(' · ')}</Text>
            <Text size="xs" c="dimmed">
              {[item.location, formatRange(item.dateStarted, item.dateFinished)].filter(Boolean).join(' · ')}
            </Text>
          </>
        )}
      />
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'Add employment' : 'Edit employment'} size="lg">
        {editing !== null ? <EmploymentForm initial={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} /> : null}
      </Modal>
    </>
  );
}

export function EducationPanel() {
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const rows = useEducations({ page, pageSize, q });
  const remove = useDeleteEntry('educations');
  const reorder = useReorderEntries('educations');
  const [editing, setEditing] = useState<Education | 'new' | null>(null);
  return (
    <>
      <Group justify="flex-end" mb="sm">
        <Button onClick={() => setEditing('new')}>Add education</Button>
      </Group>
      <OrderedList
        what={['education', 'education entries']}
        query={rows}
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
        empty="No education yet."
        renderItem={(item) => (
          <>
            <Text fw={600}>{[item.degree, item.major, item.institutionName].filter(Boolean).join(' · ')}</Text>
            <Text size="xs" c="dimmed">
              {[formatRange(item.dateStarted, item.dateFinished), item.gpa !== null ? `GPA ${item.gpa}` : null].filter(Boolean).join(' · ')}
            </Text>
          </>
        )}
      />
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'Add education' : 'Edit education'} size="lg">
        {editing !== null ? <EducationForm initial={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} /> : null}
      </Modal>
    </>
  );
}
