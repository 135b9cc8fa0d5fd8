import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { DraftJob } from '#shared/contracts/hiring.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { useDraftJob } from '#web/features/hiring/hooks/use-jobs.ts';

const bulletsOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/^\s*[-*•]\s*/, '').trim())
    .filter(Boolean);

/** A few bullet points in, a job description out: the server writes it from the bullets and invents nothing. */
export function DraftFromBullets({ workspaceId, initialTitle, onDrafted }: { workspaceId: string; initialTitle: string; onDrafted: (draft: DraftJob) => void }) {
  const draft = useDraftJob(workspaceId);
  const [title, setTitle] = useState(initialTitle);
  const [bullets, setBullets] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    draft.mutate({ title, bullets: bulletsOf(bullets) }, { onSuccess: onDrafted });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput label="Title" placeholder="Warehouse Supervisor" required value={title} onChange={(event) => setTitle(event.currentTarget.value)} />
        <Textarea
          label="Bullet points"
          description="One per line: what the person will do and what they need (skills, years, certificates)."
          placeholder={'Lead a team of 12 pickers on the night shift\n3+ years of warehouse experience\nForklift licence\nNice to have: SAP'}
          required
          autosize
          minRows={6}
          value={bullets}
          onChange={(event) => setBullets(event.currentTarget.value)}
        />
        <FormError error={draft.error} />
        <Group>
          <Button type="submit" loading={draft.isPending}>
            Draft the description
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
