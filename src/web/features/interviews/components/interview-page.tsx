import { Anchor, Button, Card, Center, Group, List, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { Interview, TimeOptionInput } from '#shared/contracts/interviews.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { useCurrentUser } from '#web/features/auth/hooks/use-current-user.ts';
import { useWorkspaceAccess } from '#web/features/hiring/hooks/use-workspace-access.ts';
import { inviteUrl } from '#web/features/interviews/api/interviews-api.ts';
import { fieldErrors } from '#web/features/interviews/field-errors.ts';
import { panelRoleLabels } from '#web/features/interviews/interview-labels.ts';
import { useAnswerAsPanelist, useCancelInterview, useInterview, useOfferSlots, useReschedule, useTimeOptions, useUpdatePanel, useWorkspaceMembers } from '#web/features/interviews/hooks/use-interviews.ts';
import { formatInZone, viewerZone, wallClockInZone } from '#web/features/interviews/time-zones.ts';
import { InterviewStatusBadge, RsvpBadge } from './interview-status-badge.tsx';
import { PanelEditor, type PanelEntry } from './panel-editor.tsx';
import { OneTimeUrl, RoleLinks } from './role-links.tsx';
import { SlotInputs } from './slot-inputs.tsx';
import { ZoneSelect } from './zone-select.tsx';

type IssuedLinks = { hostUrl: string; candidateUrl: string };

/** One interview in the viewer's zone: its panel and every answer, and what a recruiter may change. */
export function InterviewPage() {
  const { interviewId = '' } = useParams();
  const interview = useInterview(interviewId);
  useDocumentTitle(interview.data?.title ?? 'Interview');
  if (interview.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading" />
      </Center>
    );
  }
  if (!interview.data) return <QueryError error={interview.error} onRetry={() => interview.refetch()} what="the interview" />;
  return <InterviewDetail interview={interview.data} />;
}

function InterviewDetail({ interview }: { interview: Interview }) {
  const zone = viewerZone();
  const links = (useLocation().state as { links?: IssuedLinks } | null)?.links;
  const { canEdit } = useWorkspaceAccess(interview.workspaceId);
  const open = !['cancelled', 'completed', 'no_show'].includes(interview.status);
  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Anchor component={Link} to={`/interviews?workspace=${interview.workspaceId}`} size="sm">
          ← Interviews
        </Anchor>
        <Group gap="sm">
          <Title order={2}>{interview.title}</Title>
          <InterviewStatusBadge status={interview.status} />
        </Group>
      </Stack>
      {links ? (
        <Card withBorder>
          <Stack gap="sm">
            <Text fw={600}>Booked. The invitations are on their way; these two links are shown only now.</Text>
            <OneTimeUrl label="Host link" url={links.hostUrl} />
            <OneTimeUrl label="Candidate link" url={links.candidateUrl} />
          </Stack>
        </Card>
      ) : null}
      <Card withBorder>
        <Stack gap={6}>
          <Text data-testid="interview-when">
            <b>When:</b> {formatInZone(interview.startsAt, zone)} ({zone}), {interview.durationMinutes} minutes
            {zone === interview.timeZone ? null : ` — booked as ${formatInZone(interview.startsAt, interview.timeZone)} ${interview.timeZone}`}
          </Text>
          <Text>
            <b>Candidate:</b> {interview.candidateName} &lt;{interview.candidateEmail}&gt;
          </Text>
          {interview.jobId ? (
            <Text>
              <b>Job:</b>{' '}
              <Anchor component={Link} to={`/hiring/jobs/${interview.jobId}`}>
                {interview.jobTitle}
              </Anchor>
            </Text>
          ) : null}
          <Text>
            <b>Where:</b> {interview.location}
            {interview.meetingLink ? (
              <>
                {' — '}
                <Anchor href={interview.meetingLink} target="_blank" rel="noreferrer">
                  {interview.meetingLink}
                </Anchor>
              </>
            ) : null}
          </Text>
          {interview.cancelReason ? <Text c="red">Cancelled: {interview.cancelReason}</Text> : null}
          {interview.notes ? <Text style={{ whiteSpace: 'pre-wrap' }}>{interview.notes}</Text> : null}
          <Group>
            <Button component="a" href={inviteUrl(interview.id)} download="invite.ics" variant="light" size="xs">
              Download .ics
            </Button>
          </Group>
        </Stack>
      </Card>
      <CandidateAnswers interview={interview} canEdit={canEdit && open} />
      <PanelSection interview={interview} canEdit={canEdit && open} />
      {interview.questions.length > 0 ? (
        <Card withBorder>
          <Title order={4} mb="xs">
            Questions
          </Title>
          <List type="ordered" spacing={4}>
            {interview.questions.map((question) => (
              <List.Item key={question.id}>{question.text}</List.Item>
            ))}
          </List>
        </Card>
      ) : null}
      {canEdit && open ? <RescheduleSection interview={interview} /> : null}
      {canEdit ? (
        <Card withBorder>
          <Title order={4} mb="xs">
            Room links
          </Title>
          <RoleLinks interviewId={interview.id} disabled={interview.status === 'cancelled'} />
        </Card>
      ) : null}
      {canEdit && open ? <CancelSection interview={interview} /> : null}
    </Stack>
  );
}

function CandidateAnswers({ interview, canEdit }: { interview: Interview; canEdit: boolean }) {
  const zone = viewerZone();
  const options = useTimeOptions(interview.id);
  const reschedule = useReschedule(interview.id);
  const offer = useOfferSlots(interview.id);
  const [slots, setSlots] = useState<TimeOptionInput[]>([]);
  const errors = fieldErrors(offer.error);
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={4}>Candidate's answer</Title>
          <RsvpBadge rsvp={interview.candidateRsvp} candidate />
        </Group>
        <QueryError error={options.error} onRetry={() => options.refetch()} what="the candidate's answer" />
        {options.data?.candidateAnsweredAt ? (
          <Text size="sm" c="dimmed">
            Answered {formatInZone(options.data.candidateAnsweredAt, zone)}
          </Text>
        ) : null}
        {options.data && options.data.proposals.length > 0 ? (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Times the candidate proposed (in your zone):
            </Text>
            {options.data.proposals.map((proposal) => (
              <Group key={proposal.id} gap="sm" data-testid="proposal">
                <Text size="sm">{formatInZone(proposal.startsAt, zone)}</Text>
                {canEdit ? (
                  <Button size="compact-xs" variant="light" loading={reschedule.isPending} onClick={() => reschedule.mutate({ startsAt: wallClockInZone(proposal.startsAt, proposal.timeZone), timeZone: proposal.timeZone, reason: 'At the time you proposed.' })}>
                    Move to this time
                  </Button>
                ) : null}
              </Group>
            ))}
          </Stack>
        ) : null}
        {options.data && options.data.offers.length > 0 ? (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Slots offered to the candidate:
            </Text>
            {options.data.offers.map((slot) => (
              <Text key={slot.id} size="sm" data-testid="offered-slot">
                {formatInZone(slot.startsAt, zone)}
              </Text>
            ))}
          </Stack>
        ) : null}
        <FormError error={reschedule.error} />
        {canEdit ? (
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              Offer 2–5 slots for the candidate to pick from
            </Text>
            <SlotInputs field="slots" value={slots} onChange={setSlots} max={5} errors={errors} />
            {errors.slots ? (
              <Text size="sm" c="red">
                {errors.slots}
              </Text>
            ) : null}
            {Object.keys(errors).length === 0 ? <FormError error={offer.error} /> : null}
            <Group>
              <Button size="xs" disabled={slots.length < 2} loading={offer.isPending} onClick={() => offer.mutate(slots, { onSuccess: () => setSlots([]) })}>
                Offer these slots
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}

function PanelSection({ interview, canEdit }: { interview: Interview; canEdit: boolean }) {
  const [editing, setEditing] = useState<PanelEntry[] | undefined>();
  const members = useWorkspaceMembers(canEdit ? interview.workspaceId : undefined);
  const update = useUpdatePanel(interview.id);
  const me = useCurrentUser();
  const mine = interview.panel.find((panelist) => panelist.userId !== null && panelist.userId === me.data?.id);
  const answer = useAnswerAsPanelist(interview.id);
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={4}>Panel</Title>
        {canEdit && !editing ? (
          <Button size="xs" variant="light" onClick={() => setEditing(interview.panel.map((p) => ({ email: p.email, ...(p.name ? { name: p.name } : {}), role: p.role })))}>
            Change panel
          </Button>
        ) : null}
      </Group>
      {editing ? (
        <Stack gap="sm">
          <PanelEditor value={editing} onChange={setEditing} members={members.data?.items ?? []} />
          <FormError error={update.error} />
          <Group>
            <Button size="xs" loading={update.isPending} onClick={() => update.mutate({ panel: editing.map((entry) => ({ email: entry.email, ...(entry.name ? { name: entry.name } : {}), role: entry.role })) }, { onSuccess: () => setEditing(undefined) })}>
              Save panel
            </Button>
            <Button size="xs" variant="subtle" onClick={() => setEditing(undefined)}>
              Keep as it was
            </Button>
          </Group>
        </Stack>
      ) : interview.panel.length === 0 ? (
        <Text size="sm" c="dimmed">
          No panelists.
        </Text>
      ) : (
        <Table data-testid="panel-table">
          <Table.Tbody>
            {interview.panel.map((panelist) => (
              <Table.Tr key={panelist.email}>
                <Table.Td>{panelist.name ? `${panelist.name} <${panelist.email}>` : panelist.email}</Table.Td>
                <Table.Td>{panelRoleLabels[panelist.role]}</Table.Td>
                <Table.Td>
                  <RsvpBadge rsvp={panelist.rsvp} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {mine && !editing ? (
        <Group gap="xs" mt="sm">
          <Text size="sm">You are on this panel:</Text>
          <Button size="compact-xs" color="teal" variant={mine.rsvp === 'accepted' ? 'filled' : 'light'} loading={answer.isPending && answer.variables === 'accepted'} onClick={() => answer.mutate('accepted')}>
            Accept
          </Button>
          <Button size="compact-xs" color="red" variant={mine.rsvp === 'declined' ? 'filled' : 'light'} loading={answer.isPending && answer.variables === 'declined'} onClick={() => answer.mutate('declined')}>
            Decline
          </Button>
        </Group>
      ) : null}
      <FormError error={answer.error} />
    </Card>
  );
}

function RescheduleSection({ interview }: { interview: Interview }) {
  const zone = viewerZone();
  const [startsAt, setStartsAt] = useState(wallClockInZone(interview.startsAt, zone));
  const [timeZone, setTimeZone] = useState(zone);
  const [reason, setReason] = useState('');
  const reschedule = useReschedule(interview.id);
  const errors = fieldErrors(reschedule.error);
  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        Reschedule
      </Title>
      <Group align="flex-start">
        <TextInput label="New date and time" type="datetime-local" value={startsAt} onChange={(event) => setStartsAt(event.currentTarget.value)} error={errors.startsAt} w={230} />
        <ZoneSelect label="Time zone" value={timeZone} onChange={setTimeZone} error={errors.timeZone} />
        <TextInput label="Reason (sent to everyone)" value={reason} onChange={(event) => setReason(event.currentTarget.value)} style={{ flex: 1 }} />
      </Group>
      {Object.keys(errors).length === 0 ? <FormError error={reschedule.error} /> : null}
      {reschedule.data?.warnings.map((warning) => (
        <Text key={warning} size="sm" c="yellow.8" role="status">
          {warning}
        </Text>
      ))}
      <Group mt="sm">
        <Button size="xs" loading={reschedule.isPending} onClick={() => reschedule.mutate({ startsAt, timeZone, ...(reason.trim() ? { reason: reason.trim() } : {}) })}>
          Reschedule and send the update
        </Button>
      </Group>
    </Card>
  );
}

function CancelSection({ interview }: { interview: Interview }) {
  const [reason, setReason] = useState('');
  const [sure, setSure] = useState(false);
  const cancel = useCancelInterview(interview.id);
  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        Cancel
      </Title>
      <Group align="flex-end">
        <TextInput label="Reason (sent to everyone)" value={reason} onChange={(event) => setReason(event.currentTarget.value)} style={{ flex: 1 }} />
        {sure ? (
          <Button color="red" loading={cancel.isPending} onClick={() => cancel.mutate(reason.trim())}>
            Yes, cancel and tell everyone
          </Button>
        ) : (
          <Button color="red" variant="light" onClick={() => setSure(true)}>
            Cancel interview
          </Button>
        )}
      </Group>
      <FormError error={cancel.error} />
    </Card>
  );
}
