import { Anchor, Button, Center, Group, Loader, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { scheduledInterviewStatuses, type ScheduledInterviewStatus } from '#shared/vocabulary.ts';
import { PageControls } from '#web/ui/page-controls.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { useJobs } from '#web/features/hiring/hooks/use-jobs.ts';
import { useMyWorkspaces } from '#web/features/hiring/hooks/use-workspace-access.ts';
import type { InterviewFilter } from '#web/features/interviews/api/interviews-api.ts';
import { statusLabels } from '#web/features/interviews/interview-labels.ts';
import { useInterviews, useWorkspaceMembers } from '#web/features/interviews/hooks/use-interviews.ts';
import { formatInZone, shiftDay, startOfDayIn, todayIn, viewerZone, weekOf } from '#web/features/interviews/time-zones.ts';
import { InterviewStatusBadge, RsvpBadge } from './interview-status-badge.tsx';
import { WeekView } from './week-view.tsx';

const pageSize = 20;

/**
 * The workspace's interviews, or only mine, as a list or a week, all in the viewer's zone. Everything that picks what
 * is shown lives in the address (?workspace=&view=&scope=&status=&job=&interviewer=&week=), so a reload or a bookmark
 * shows the same.
 */
export function InterviewsPage() {
  useDocumentTitle('Interviews');
  const [params, setParams] = useSearchParams();
  const zone = viewerZone();
  const workspaces = useMyWorkspaces();
  const workspaceId = params.get('workspace') ?? workspaces.data?.[0]?.id;
  const view = params.get('view') === 'week' ? 'week' : 'list';
  const mine = params.get('scope') === 'mine';
  const status = (scheduledInterviewStatuses as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as ScheduledInterviewStatus) : undefined;
  const jobId = params.get('job') ?? undefined;
  const interviewerId = params.get('interviewer') ?? undefined;
  const week = weekOf(params.get('week') ?? todayIn(zone));
  const [page, setPage] = useState(1);
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
    setPage(1);
  };

  const filter: InterviewFilter = {
    mine,
    ...(status ? { status } : {}),
    ...(jobId ? { jobId } : {}),
    ...(interviewerId && !mine ? { interviewerId } : {}),
    ...(view === 'week' ? { from: startOfDayIn(week[0]!, zone), to: startOfDayIn(shiftDay(week[6]!, 1), zone) } : {}),
  };
  const interviews = useInterviews(workspaceId, filter, view === 'week' ? { page: 1, pageSize: 100 } : { page, pageSize });
  const jobs = useJobs(workspaceId, { page: 1, pageSize: 100 });
  const members = useWorkspaceMembers(workspaceId);

  if (workspaces.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading" />
      </Center>
    );
  }
  if (!workspaces.data || workspaces.data.length === 0) {
    return (
      <>
        <PageHeader title="Interviews" />
        <QueryError error={workspaces.error} onRetry={() => workspaces.refetch()} what="your workspaces" />
        {workspaces.data ? <Text c="dimmed">Interviews are booked in a workspace: create one in Settings → Workspaces.</Text> : null}
      </>
    );
  }

  return (
    <>
      <PageHeader title="Interviews" description={`Times are shown in your zone, ${zone}.`} />
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <Group align="flex-end" gap="sm">
            <Select label="Workspace" w={200} allowDeselect={false} data={workspaces.data.map((item) => ({ value: item.id, label: item.name }))} value={workspaceId ?? null} onChange={(value) => set('workspace', value)} />
            <Select label="Status" w={150} clearable placeholder="Any" data={scheduledInterviewStatuses.map((value) => ({ value, label: statusLabels[value] }))} value={status ?? null} onChange={(value) => set('status', value)} />
            <Select label="Job" w={200} clearable searchable placeholder="Any" data={(jobs.data?.items ?? []).map((job) => ({ value: job.id, label: job.title }))} value={jobId ?? null} onChange={(value) => set('job', value)} />
            {mine ? null : (
              <Select
                label="Interviewer"
                w={200}
                clearable
                searchable
                placeholder="Anyone"
                data={(members.data?.items ?? []).map((member) => ({ value: member.userId, label: member.name }))}
                value={interviewerId ?? null}
                onChange={(value) => set('interviewer', value)}
              />
            )}
          </Group>
          <Button component={Link} to={`/interviews/new?workspace=${workspaceId ?? ''}`}>
            Schedule interview
          </Button>
        </Group>
        <Group justify="space-between">
          <SegmentedControl data={[{ value: 'all', label: 'All interviews' }, { value: 'mine', label: 'My interviews' }]} value={mine ? 'mine' : 'all'} onChange={(value) => set('scope', value === 'mine' ? 'mine' : null)} />
          <SegmentedControl data={[{ value: 'list', label: 'List' }, { value: 'week', label: 'Week' }]} value={view} onChange={(value) => set('view', value === 'week' ? 'week' : null)} />
        </Group>
        {view === 'week' ? (
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={() => set('week', shiftDay(week[0]!, -7))}>
              Previous week
            </Button>
            <Button variant="default" size="xs" onClick={() => set('week', null)}>
              This week
            </Button>
            <Button variant="default" size="xs" onClick={() => set('week', shiftDay(week[0]!, 7))}>
              Next week
            </Button>
          </Group>
        ) : null}
        <QueryError error={interviews.error} onRetry={() => interviews.refetch()} what="the interviews" />
        {interviews.isPending && !interviews.error ? <Loader size="sm" aria-label="Loading" /> : null}
        {interviews.data && view === 'week' ? <WeekView days={week} interviews={interviews.data.items} zone={zone} /> : null}
        {interviews.data && view === 'list' ? (
          interviews.data.items.length === 0 ? (
            <Text c="dimmed">No interviews match.</Text>
          ) : (
            <>
              <Table verticalSpacing="sm" data-testid="interview-list">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>When ({zone})</Table.Th>
                    <Table.Th>Candidate</Table.Th>
                    <Table.Th>Job</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Candidate's answer</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {interviews.data.items.map((interview) => (
                    <Table.Tr key={interview.id} data-testid="interview-row">
                      <Table.Td>{formatInZone(interview.startsAt, zone)}</Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/interviews/${interview.id}`}>
                          {interview.candidateName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{interview.jobTitle || '—'}</Table.Td>
                      <Table.Td>
                        <InterviewStatusBadge status={interview.status} />
                      </Table.Td>
                      <Table.Td>
                        <RsvpBadge rsvp={interview.candidateRsvp} candidate />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <PageControls page={page} pageSize={pageSize} total={interviews.data.total} onChange={setPage} what={['interview', 'interviews']} />
            </>
          )
        ) : null}
      </Stack>
    </>
  );
}
