import { Button, Group, Stack, TextInput } from '@mantine/core';
import { LazyModal } from '#web/ui/lazy-modal.tsx';
import { useState, type FormEvent } from 'react';
import type { StageName } from '#shared/hiring/stages.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { useRenameStages } from '#web/features/hiring/hooks/use-team.ts';

/** Renames the job's pipeline stages (the stages and their order stay); only for owners and recruiters. */
export function JobStagesEditor({ jobId, stages }: { jobId: string; stages: readonly StageName[] }) {
  const rename = useRenameStages(jobId);
  const [opened, setOpened] = useState(false);
  const [names, setNames] = useState<StageName[]>([]);
  const open = () => {
    setNames(stages.map((stage) => ({ ...stage })));
    rename.reset();
    setOpened(true);
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    rename.mutate({ stages: names }, { onSuccess: () => setOpened(false) });
  };
  return (
    <>
      <Button variant="default" onClick={open}>
        Rename stages
      </Button>
      <LazyModal opened={opened} onClose={() => setOpened(false)} title="Stages of this job">
        <form onSubmit={save} noValidate>
          <Stack gap="sm">
            {names.map((stage, index) => (
              <TextInput
                key={stage.key}
                label={`Stage ${index + 1}`}
                value={stage.name}
                maxLength={40}
                onChange={(event) => {
                  const name = event.currentTarget.value;
                  setNames((current) => current.map((item) => (item.key === stage.key ? { ...item, name } : item)));
                }}
              />
            ))}
            <FormError error={rename.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                Cancel
              </Button>
              <Button type="submit" loading={rename.isPending}>
                Save names
              </Button>
            </Group>
          </Stack>
        </form>
      </LazyModal>
    </>
  );
}
