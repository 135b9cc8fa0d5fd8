import { Alert, Button, Card, Fieldset, Group, NumberInput, SegmentedControl, SimpleGrid, Spoiler, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Job, JobRequirements } from '#shared/contracts/hiring.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { useUpdateJob } from '#web/features/hiring/hooks/use-jobs.ts';
import { jobStatusLabels } from '#web/features/hiring/hiring-labels.ts';

type WorkModeChoice = 'any' | NonNullable<JobRequirements['workMode']>;
const workModes: readonly { value: WorkModeChoice; label: string }[] = [
  { value: 'any', label: 'Not stated' },
  { value: 'remote', label: 'Remote' },
  { value: 'hybrid', label: 'Hybrid' },
  { value: 'onsite', label: 'On-site' },
];
const fromWorkMode = (value: string): JobRequirements['workMode'] => (value === 'remote' || value === 'hybrid' || value === 'onsite' ? value : null);
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
/** A skill is either a must-have or a nice-to-have: adding it to one list takes it out of the other. */
const without = (skills: readonly string[], taken: readonly string[]) => skills.filter((skill) => !taken.some((other) => other.toLowerCase() === skill.toLowerCase()));

/** The requirements parsed from the description, editable; saving them scores every candidate again in the background. */
export function RequirementsEditor({ job, canEdit, onShowRanking }: { job: Job; canEdit: boolean; onShowRanking: () => void }) {
  const update = useUpdateJob(job.id);
  const [draft, setDraft] = useState<JobRequirements>(job.requirements);
  const [status, setStatus] = useState<Job['status']>(job.status);
  const [saved, setSaved] = useState(false);
  const change = (patch: Partial<JobRequirements>) => {
    setSaved(false);
    setDraft((current) => ({ ...current, ...patch }));
  };
  const dirty = status !== job.status || JSON.stringify(draft) !== JSON.stringify(job.requirements);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { requirements: draft, status },
      {
        onSuccess: (changed) => {
          setDraft(changed.requirements);
          setStatus(changed.status);
          setSaved(true);
        },
      },
    );
  };

  return (
    <Stack gap="lg" maw={960}>
      <Card withBorder radius="lg" padding="lg">
        <form onSubmit={submit} noValidate>
          <Fieldset variant="unstyled" disabled={!canEdit}>
            <Stack gap="md">
              <Group justify="space-between" align="flex-start">
                <Stack gap={2}>
                  <Title order={3} size="h4">
                    Requirements
                  </Title>
                  <Text size="sm" c="dimmed">
                    Read from the description. Candidates are scored against these; saving scores every candidate again.
                  </Text>
                </Stack>
                <SegmentedControl
                  aria-label="Job status"
                  value={status}
                  onChange={(value) => {
                    setSaved(false);
                    setStatus(value);
                  }}
                  data={(['draft', 'open', 'closed'] as const).map((value) => ({ value, label: jobStatusLabels[value] }))}
                />
              </Group>
              <TagsInput
                label="Must-have skills"
                description={canEdit ? 'Type a skill and press Enter; "ERP (NetSuite, Sage or SAP)" or "Python or R" is one requirement any of them meets' : undefined}
                value={draft.mustHaveSkills}
                onChange={(mustHaveSkills) => change({ mustHaveSkills, niceToHaveSkills: without(draft.niceToHaveSkills, mustHaveSkills) })}
                clearable={canEdit}
              />
              <TagsInput
                label="Nice-to-have skills"
                value={draft.niceToHaveSkills}
                onChange={(niceToHaveSkills) => change({ niceToHaveSkills, mustHaveSkills: without(draft.mustHaveSkills, niceToHaveSkills) })}
                clearable={canEdit}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NumberInput
                  label="Minimum years of experience"
                  min={0}
                  max={60}
                  allowDecimal={false}
                  value={draft.minYearsExperience ?? ''}
                  onChange={(value) => change({ minYearsExperience: typeof value === 'number' ? value : null })}
                />
                <TextInput label="Seniority" placeholder="e.g. junior, senior, lead" value={draft.seniority ?? ''} onChange={(event) => change({ seniority: orNull(event.currentTarget.value) })} />
                <TextInput label="Location" placeholder="e.g. Berlin" value={draft.location ?? ''} onChange={(event) => change({ location: orNull(event.currentTarget.value) })} />
                <TextInput
                  label="Degree"
                  placeholder="e.g. Bachelor's degree in Accounting or Finance"
                  value={draft.degree ?? ''}
                  onChange={(event) => change({ degree: orNull(event.currentTarget.value) })}
                />
                <Stack gap={4}>
                  <Text size="sm" fw={500}>
                    Work mode
                  </Text>
                  <SegmentedControl aria-label="Work mode" value={draft.workMode ?? 'any'} onChange={(value) => change({ workMode: fromWorkMode(value) })} data={[...workModes]} />
                </Stack>
              </SimpleGrid>
              <FormError error={update.error} />
              {saved ? (
                <Alert variant="light" color="teal" py="xs" data-testid="requirements-saved">
                  <Group justify="space-between">
                    <Text size="sm">Saved. Every candidate of this job is being scored again against these requirements; the ranking refreshes when it is done.</Text>
                    <Button size="xs" variant="light" color="teal" onClick={onShowRanking}>
                      See the new ranking
                    </Button>
                  </Group>
                </Alert>
              ) : null}
              {canEdit ? (
                <Group>
                  <Button type="submit" loading={update.isPending} disabled={!dirty}>
                    Save and re-score
                  </Button>
                </Group>
              ) : null}
            </Stack>
          </Fieldset>
        </form>
      </Card>
      <Card withBorder radius="lg" padding="lg">
        <Title order={3} size="h4" mb="sm">
          Description
        </Title>
        <Spoiler maxHeight={180} showLabel="Show all" hideLabel="Show less">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {job.description}
          </Text>
        </Spoiler>
      </Card>
    </Stack>
  );
}
