import { Anchor, Button, Card, Checkbox, Group, Loader, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Application } from '#shared/contracts/career-jobs.ts';
import { jobApplicationStatuses } from '#shared/vocabulary.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { formatDateTime } from '#web/ui/format-time.ts';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { useApplication, useUpdateApplication, useUpdateStage } from '#web/features/career/hooks/application-hooks.ts';
import { stageLabel } from './application-stages.ts';

/** An ISO time as the value of a datetime-local input (the browser's own zone), and back. */
const toLocalInput = (iso: string) => {
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const fromLocalInput = (value: string) => new Date(value).toISOString();

function StageTimeline({ application }: { application: Application }) {
  const update = useUpdateStage(application.id);
  const [editing, setEditing] = useState<{ stageId: string; value: string } | null>(null);
  return (
    <Stack gap="xs">
      <Title order={3}>Timeline</Title>
      <Timeline active={application.history.length - 1} bulletSize={14} lineWidth={2}>
        {application.history.map((stage) => (
          <Timeline.Item key={stage.id} title={stageLabel(stage.status)} data-testid="timeline-stage">
            {editing?.stageId === stage.id ? (
              <Group gap="xs" align="end">
                <TextInput type="datetime-local" aria-label={`Date of ${stageLabel(stage.status)}`} value={editing.value} onChange={(event) => setEditing({ stageId: stage.id, value: event.currentTarget.value })} />
                <Button size="xs" loading={update.isPending} onClick={() => update.mutate({ stageId: stage.id, at: fromLocalInput(editing.value) }, { onSuccess: () => setEditing(null) })}>
                  Save
                </Button>
                <Button size="xs" variant="subtle" onClick={() => setEditing(null)}>
                  Cancel
                </Button>
              </Group>
            ) : (
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  {formatDateTime(stage.at)}
                </Text>
                <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ stageId: stage.id, value: toLocalInput(stage.at) })}>
                  Change date
                </Button>
              </Group>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
      <FormError error={update.error} />
    </Stack>
  );
}

function ApplicationDetails({ application }: { application: Application }) {
  const update = useUpdateApplication();
  const [appliedDate, setAppliedDate] = useState(application.appliedDate ?? '');
  const [notes, setNotes] = useState(application.notes ?? '');
  const [days, setDays] = useState<number | string>(application.followUpAfterDays ?? '');
  const [byEmail, setByEmail] = useState(application.followUpByEmail);
  const save = (changes: Parameters<typeof update.mutate>[0]['changes']) => update.mutate({ id: application.id, changes });
  return (
    <Stack gap="md">
      <Select
        label="Stage"
        data={jobApplicationStatuses.map((value) => ({ value, label: stageLabel(value) }))}
        value={application.status}
        onChange={(value) => value && value !== application.status && save({ status: value })}
        allowDeselect={false}
        w={220}
      />
      <Group align="end">
        <TextInput type="date" label="Applied on" value={appliedDate} onChange={(event) => setAppliedDate(event.currentTarget.value)} />
        <Button variant="light" onClick={() => save({ appliedDate: appliedDate || null })} loading={update.isPending}>
          Save date
        </Button>
      </Group>
      <Textarea label="Notes" autosize minRows={3} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} />
      <Button variant="light" w="fit-content" onClick={() => save({ notes: notes.trim() || null })} loading={update.isPending}>
        Save notes
      </Button>
      <Card withBorder radius="md" padding="sm">
        <Text fw={600} size="sm">
          Follow-up reminder
        </Text>
        <Text size="xs" c="dimmed" mb="xs">
          While the application waits in Applied with no reply, Parley reminds you after this many days.
          {application.followUpDueAt ? ` Next reminder: ${formatDateTime(application.followUpDueAt)}.` : ''}
          {application.followUpSentAt ? ` Reminded ${formatDateTime(application.followUpSentAt)}.` : ''}
        </Text>
        <Group align="end">
          <NumberInput label="Days without a reply" min={1} max={365} value={days} onChange={setDays} w={180} />
          <Checkbox label="Also by e-mail" checked={byEmail} onChange={(event) => setByEmail(event.currentTarget.checked)} />
          <Button variant="light" onClick={() => save({ followUpAfterDays: typeof days === 'number' ? days : null, followUpByEmail: byEmail })} loading={update.isPending}>
            Save reminder
          </Button>
        </Group>
      </Card>
      <FormError error={update.error} />
    </Stack>
  );
}

/** One application: its stage, dates, notes and reminder, its timeline, and the CV sent as it was sent. */
export function ApplicationPage() {
  const { applicationId = '' } = useParams();
  const application = useApplication(applicationId);
  useDocumentTitle(application.data?.jobTitle ? `${application.data.jobTitle} · Applications` : 'Application · Career');
  return (
    <>
      <Anchor component={Link} to="/career/applications" size="sm">
        ← All applications
      </Anchor>
      <QueryError error={application.error} onRetry={() => application.refetch()} what="the application" />
      {application.isPending ? <Loader size="sm" /> : null}
      {application.data ? (
        <>
          <PageHeader title={application.data.jobTitle ?? 'Untitled posting'} description={application.data.companyName ?? undefined} />
          <Anchor component={Link} to={`/career/postings/${application.data.jobPostingId}`} size="sm" mb="md" display="block">
            The posting and your matches →
          </Anchor>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
            <ApplicationDetails key={application.data.id} application={application.data} />
            <Stack gap="lg">
              <StageTimeline application={application.data} />
              <Stack gap="xs">
                <Title order={3}>CV sent</Title>
                {application.data.cv ? (
                  <>
                    <Text size="sm">{application.data.cv.fileName} (a copy kept as it was sent; later changes to your CV do not change it)</Text>
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap', maxHeight: 240, overflow: 'auto' }}>
                      {application.data.cv.text}
                    </Text>
                  </>
                ) : (
                  <Text size="sm" c="dimmed">
                    No CV version was recorded for this application.
                  </Text>
                )}
              </Stack>
            </Stack>
          </SimpleGrid>
        </>
      ) : null}
    </>
  );
}
