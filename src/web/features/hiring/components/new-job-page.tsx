import { Alert, Button, Card, Center, Group, Loader, SegmentedControl, Select, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { JobStatus } from '#shared/contracts/hiring.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { useCreateJob } from '#web/features/hiring/hooks/use-jobs.ts';
import { useMyWorkspaces, useWorkspaceAccess } from '#web/features/hiring/hooks/use-workspace-access.ts';
import { DraftFromBullets } from './draft-from-bullets.tsx';
import { HiringBreadcrumbs } from './hiring-breadcrumbs.tsx';

type Mode = 'write' | 'bullets';

const editorRoles = new Set(['owner', 'recruiter']);

/**
 * A new job from a pasted description, or from bullet points drafted into one; requirements are parsed from it. The
 * page works from its address alone: without `?workspace=` it takes the first workspace where the caller may create
 * jobs, and offers the others in a list.
 */
export function NewJobPage() {
  useDocumentTitle('New job');
  const [params, setParams] = useSearchParams();
  const workspaces = useMyWorkspaces();
  const editable = (workspaces.data ?? []).filter((item) => editorRoles.has(item.role));
  const workspaceId = params.get('workspace') ?? editable[0]?.id ?? workspaces.data?.[0]?.id ?? '';
  const access = useWorkspaceAccess(workspaceId);
  const { workspace, canEdit } = access;
  const navigate = useNavigate();
  const create = useCreateJob(workspaceId);
  const [mode, setMode] = useState<Mode>('write');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [status, setStatus] = useState<JobStatus>('open');
  const [blindScreening, setBlindScreening] = useState(false);
  const [drafted, setDrafted] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ title, description, status, blindScreening }, { onSuccess: (job) => void navigate(`/hiring/jobs/${job.id}?tab=requirements`) });
  };

  if (workspaces.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading" />
      </Center>
    );
  }

  return (
    <>
      <HiringBreadcrumbs items={[{ label: 'Hiring', to: `/hiring?workspace=${workspaceId}` }, { label: 'New job' }]} />
      <PageHeader title="New job" description={workspace ? `In ${workspace.name}. Parley reads the skills, years and seniority the job asks for from its description; you can edit them afterwards.` : undefined} />
      <QueryError error={access.error} onRetry={access.retry} what="your workspaces" />
      {workspaces.data && !workspace ? (
        <Alert color="orange" variant="light">
          {workspaces.data.length === 0 ? 'Jobs belong to a workspace, and you have none yet. ' : 'This workspace is not one of yours. '}
          <Link to="/settings/workspaces">{workspaces.data.length === 0 ? 'Create a workspace' : 'See your workspaces'}</Link>
        </Alert>
      ) : null}
      {!workspace ? null : !canEdit ? (
        <Alert color="orange" variant="light">
          Only owners and recruiters of {workspace.name} create jobs.
        </Alert>
      ) : (
        <Card withBorder radius="lg" padding="lg" maw={860}>
          <Stack gap="md">
            <SegmentedControl
              w="fit-content"
              value={mode}
              onChange={(value) => setMode(value)}
              data={[
                { value: 'write', label: 'Write a description' },
                { value: 'bullets', label: 'Draft from bullet points' },
              ]}
            />
            {mode === 'bullets' ? (
              <DraftFromBullets
                workspaceId={workspaceId}
                initialTitle={title}
                onDrafted={(draft) => {
                  setTitle(draft.title);
                  setDescription(draft.description);
                  setDrafted(true);
                  setMode('write');
                }}
              />
            ) : (
              <form onSubmit={submit} noValidate>
                <Stack gap="md">
                  {drafted ? (
                    <Alert variant="light" color="teal" py="xs">
                      Drafted from your bullet points, with nothing added. Review it, then create the job.
                    </Alert>
                  ) : null}
                  {editable.length > 1 ? (
                    <Select
                      label="Workspace"
                      w={280}
                      allowDeselect={false}
                      value={workspace.id}
                      data={editable.map((item) => ({ value: item.id, label: item.name }))}
                      onChange={(value) => value && setParams({ workspace: value }, { replace: true })}
                    />
                  ) : null}
                  <TextInput label="Title" placeholder="Senior Backend Engineer" required value={title} onChange={(event) => setTitle(event.currentTarget.value)} />
                  <Textarea
                    label="Description"
                    description="Paste the whole job ad: responsibilities, requirements, nice-to-haves, location."
                    required
                    autosize
                    minRows={10}
                    maxRows={28}
                    value={description}
                    onChange={(event) => setDescription(event.currentTarget.value)}
                  />
                  <Group align="flex-end" gap="xl">
                    <Select
                      label="Status"
                      w={180}
                      allowDeselect={false}
                      value={status}
                      onChange={(value) => value && setStatus(value)}
                      data={[
                        { value: 'open', label: 'Open' },
                        { value: 'draft', label: 'Draft' },
                      ]}
                    />
                    <Switch
                      label="Blind screening"
                      description="Hide names, contact details and file names until a candidate is shortlisted"
                      checked={blindScreening}
                      onChange={(event) => setBlindScreening(event.currentTarget.checked)}
                    />
                  </Group>
                  <FormError error={create.error} />
                  <Group>
                    <Button type="submit" loading={create.isPending}>
                      Create job
                    </Button>
                  </Group>
                </Stack>
              </form>
            )}
          </Stack>
        </Card>
      )}
    </>
  );
}
