import { Button, Group, Select, Stack, Switch, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Experience, ExperienceBody } from '#shared/contracts/career.ts';
import { experienceTypes, type ExperienceType } from '#shared/vocabulary.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { useEmployments } from '#web/features/career/hooks/use-library.ts';

export type ExperienceDraft = Partial<Pick<Experience, 'title' | 'description' | 'type' | 'dateStarted' | 'dateFinished' | 'tags' | 'visibility' | 'employmentId'>> & { skills?: string[] };

const month = (value: string | null | undefined) => (value ? value.slice(0, 7) : '');

/** The fields of one experience, for adding, editing, or confirming what the assistant proposes. */
export function ExperienceForm({ initial, onSubmit, onCancel, saving, error, submitLabel = 'Save experience' }: {
  initial?: ExperienceDraft;
  onSubmit: (body: ExperienceBody) => void;
  onCancel?: () => void;
  saving: boolean;
  error: Error | null;
  submitLabel?: string;
}) {
  const [title, setTitle] = useState(initial?.title ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [type, setType] = useState<string | null>(initial?.type ?? null);
  const [dateStarted, setDateStarted] = useState(month(initial?.dateStarted));
  const [dateFinished, setDateFinished] = useState(month(initial?.dateFinished));
  const [skills, setSkills] = useState<string[]>(initial?.skills ?? []);
  const [tags, setTags] = useState<string[]>(initial?.tags ?? []);
  const [shareable, setShareable] = useState(initial?.visibility === 'shared');
  const [employmentId, setEmploymentId] = useState<string | null>(initial?.employmentId ?? null);
  const employments = useEmployments({ page: 1, pageSize: 100, q: '' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({
      title,
      description: description || null,
      type: (type as ExperienceType | null) ?? null,
      dateStarted: dateStarted || null,
      dateFinished: dateFinished || null,
      skills,
      tags,
      visibility: shareable ? 'shared' : 'private',
      employmentId,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError error={error} />
        <TextInput label="Title" placeholder="Cut the monthly close from 9 days to 4" value={title} onChange={(e) => setTitle(e.currentTarget.value)} required />
        <Textarea label="What happened" description="Situation, task, what you did, and the result." autosize minRows={3} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
        <Group grow>
          <Select label="Kind" placeholder="Pick one" data={experienceTypes.map((value) => ({ value, label: value }))} value={type} onChange={setType} clearable />
          <Select
            label="At"
            placeholder="Employment (optional)"
            data={(employments.data?.items ?? []).map((row) => ({ value: row.id, label: `${row.title ? `${row.title}, ` : ''}${row.companyName}` }))}
            value={employmentId}
            onChange={setEmploymentId}
            clearable
          />
        </Group>
        <Group grow>
          <TextInput label="From" placeholder="YYYY-MM" value={dateStarted} onChange={(e) => setDateStarted(e.currentTarget.value)} />
          <TextInput label="To" placeholder="YYYY-MM (empty: ongoing)" value={dateFinished} onChange={(e) => setDateFinished(e.currentTarget.value)} />
        </Group>
        <TagsInput label="Skills it shows" placeholder="Type a skill, press Enter" value={skills} onChange={setSkills} />
        <TagsInput label="Tags" placeholder="Press Enter after each" value={tags} onChange={setTags} />
        <Switch label="Shareable (private by default)" checked={shareable} onChange={(e) => setShareable(e.currentTarget.checked)} />
        <Group justify="flex-end">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
