import { Alert, Button, Card, Center, Group, Loader, NumberInput, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { PanelConflict } from '#shared/contracts/interviews.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { useCandidate } from '#web/features/hiring/hooks/use-candidates.ts';
import { useJob } from '#web/features/hiring/hooks/use-jobs.ts';
import { useMyWorkspaces } from '#web/features/hiring/hooks/use-workspace-access.ts';
import { errorFor, fieldErrors } from '#web/features/interviews/field-errors.ts';
import { interviewTypes } from '#web/features/interviews/interview-labels.ts';
import { useBookInterview, useCheckConflicts, useDraftQuestions, useWorkspaceMembers } from '#web/features/interviews/hooks/use-interviews.ts';
import { formatInZone, viewerZone } from '#web/features/interviews/time-zones.ts';
import { PanelEditor, type PanelEntry } from './panel-editor.tsx';
import { QuestionsEditor } from './questions-editor.tsx';
import { ZoneSelect } from './zone-select.tsx';

const emailList = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * Book an interview: from the ranking (`?candidate=` prefills the name, email and job) or for anyone by name and email.
 * The time is a wall-clock time in an IANA zone (the viewer's by default); a panelist booked elsewhere at that time is
 * warned about before saving.
 */
export function BookInterviewPage() {
  useDocumentTitle('Schedule interview');
  const [params] = useSearchParams();
  const candidateId = params.get('candidate') ?? undefined;
  const candidate = useCandidate(candidateId);
  const jobId = params.get('job') ?? candidate.data?.jobId;
  const job = useJob(jobId);
  const workspaces = useMyWorkspaces();
  const workspaceId = job.data?.workspaceId ?? params.get('workspace') ?? workspaces.data?.[0]?.id;

  if (workspaces.isPending || (candidateId && candidate.isPending) || (jobId && job.isPending && !job.error)) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading" />
      </Center>
    );
  }
  const loadError = workspaces.error ?? candidate.error ?? job.error;
  if (loadError) {
    return (
      <>
        <PageHeader title="Schedule interview" />
        <QueryError
          error={loadError}
          onRetry={() => Promise.all([workspaces.refetch(), candidateId ? candidate.refetch() : null, jobId ? job.refetch() : null])}
          what="what the interview is for"
        />
      </>
    );
  }
  if (!workspaceId) {
    return (
      <>
        <PageHeader title="Schedule interview" />
        <Alert color="yellow">Interviews are booked in a workspace: create one in Settings → Workspaces first.</Alert>
      </>
    );
  }

  return (
    <>
      <PageHeader title="Schedule interview" description={job.data ? `For ${job.data.title}` : 'For anyone, by name and email.'} />
      <BookingForm
        key={candidateId ?? 'anyone'}
        workspaceId={workspaceId}
        {...(jobId ? { jobId } : {})}
        {...(candidateId ? { candidateId } : {})}
        initial={{ name: candidate.data?.name ?? '', email: candidate.data?.email ?? '' }}
      />
    </>
  );
}

function BookingForm({ workspaceId, jobId, candidateId, initial }: { workspaceId: string; jobId?: string; candidateId?: string; initial: { name: string; email: string } }) {
  const navigate = useNavigate();
  const members = useWorkspaceMembers(workspaceId);
  const [name, setName] = useState(initial.name);
  const [email, setEmail] = useState(initial.email);
  const [type, setType] = useState('technical');
  const [startsAt, setStartsAt] = useState('');
  const [zone, setZone] = useState(viewerZone());
  /** The candidate's zone for their mails; null follows the interview's zone until the recruiter picks another. */
  const [candidateZone, setCandidateZone] = useState<string | null>(null);
  const [duration, setDuration] = useState<number>(45);
  const [location, setLocation] = useState('');
  const [meetingLink, setMeetingLink] = useState('');
  const [panel, setPanel] = useState<PanelEntry[]>([]);
  const [questions, setQuestions] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const [cc, setCc] = useState('');
  const [bcc, setBcc] = useState('');
  const [conflicts, setConflicts] = useState<PanelConflict[] | undefined>();

  const book = useBookInterview(workspaceId);
  const check = useCheckConflicts(workspaceId);
  const draft = useDraftQuestions(workspaceId);
  const errors = fieldErrors(book.error ?? check.error);

  const body = () => ({
    candidateName: name,
    candidateEmail: email,
    ...(jobId ? { jobId } : {}),
    ...(candidateId ? { candidateId } : {}),
    interviewType: type,
    startsAt,
    timeZone: zone,
    ...(candidateZone && candidateZone !== zone ? { candidateTimeZone: candidateZone } : {}),
    durationMinutes: duration,
    ...(location.trim() ? { location: location.trim() } : {}),
    ...(meetingLink.trim() ? { meetingLink: meetingLink.trim() } : {}),
    panel,
    questions: questions.map((question) => question.trim()).filter(Boolean),
    generateQuestions: false,
    ...(notes.trim() ? { notes } : {}),
    cc: emailList(cc),
    bcc: emailList(bcc),
  });

  const save = async (force: boolean) => {
    book.reset();
    if (!force && panel.length > 0 && startsAt) {
      const found = await check.mutateAsync({ emails: panel.map((entry) => entry.email), startsAt, timeZone: zone, durationMinutes: duration }).catch(() => undefined);
      if (found && found.conflicts.length > 0) {
        setConflicts(found.conflicts);
        return;
      }
    }
    setConflicts(undefined);
    const booked = await book.mutateAsync(body()).catch(() => undefined);
    if (booked) void navigate(`/interviews/${booked.id}`, { state: { links: { hostUrl: booked.hostUrl, candidateUrl: booked.candidateUrl } } });
  };

  return (
    <Card withBorder maw={900}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save(false);
          }}
        >
          <Stack gap="md">
            <Group grow align="flex-start">
              <TextInput label="Candidate name" required value={name} onChange={(event) => setName(event.currentTarget.value)} error={errors.candidateName} />
              <TextInput label="Candidate email" required type="email" value={email} onChange={(event) => setEmail(event.currentTarget.value)} error={errors.candidateEmail} />
              <ZoneSelect label="Candidate's time zone (for their mails)" value={candidateZone ?? zone} onChange={setCandidateZone} error={errors.candidateTimeZone} />
            </Group>
            <Group align="flex-start">
              <Select label="Type" w={180} allowDeselect={false} data={interviewTypes} value={type} onChange={(value) => value && setType(value)} error={errors.interviewType} />
              <TextInput label="Date and time" type="datetime-local" required value={startsAt} onChange={(event) => setStartsAt(event.currentTarget.value)} error={errors.startsAt} w={230} />
              <ZoneSelect label="Time zone" value={zone} onChange={setZone} error={errors.timeZone} />
              <NumberInput label="Duration (minutes)" min={5} max={480} step={15} w={160} value={duration} onChange={(value) => setDuration(Number(value) || 0)} error={errors.durationMinutes} />
            </Group>
            <Group grow align="flex-start">
              <TextInput label="Meeting link" placeholder="https://meet.example/…" value={meetingLink} onChange={(event) => setMeetingLink(event.currentTarget.value)} error={errors.meetingLink} />
              <TextInput label="Location" placeholder="Video call, phone or an address" value={location} onChange={(event) => setLocation(event.currentTarget.value)} error={errors.location} />
            </Group>
            <PanelEditor value={panel} onChange={setPanel} members={members.data?.items ?? []} error={errorFor(errors, 'panel')} />
            <QueryError error={members.error} onRetry={() => members.refetch()} what="the workspace's members" />
            <Stack gap={4}>
              <Group justify="space-between">
                <Text fw={500} size="sm">
                  Questions
                </Text>
                {jobId ? (
                  <Button variant="light" size="xs" loading={draft.isPending} onClick={() => void draft.mutateAsync({ jobId, ...(candidateId ? { candidateId } : {}) }).then(setQuestions).catch(() => undefined)}>
                    Draft from the job and CV
                  </Button>
                ) : null}
              </Group>
              <FormError error={draft.error} />
              <QuestionsEditor value={questions} onChange={setQuestions} error={errorFor(errors, 'questions')} />
            </Stack>
            <Textarea label="Notes for the panel" autosize minRows={2} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} error={errors.notes} />
            <Group grow align="flex-start">
              <TextInput label="Cc" placeholder="comma-separated emails" value={cc} onChange={(event) => setCc(event.currentTarget.value)} error={errorFor(errors, 'cc')} />
              <TextInput label="Bcc" placeholder="comma-separated emails" value={bcc} onChange={(event) => setBcc(event.currentTarget.value)} error={errorFor(errors, 'bcc')} />
            </Group>
            {conflicts ? (
              <Alert color="yellow" title="Someone on the panel is already booked then" role="alert">
                <Stack gap="xs">
                  {conflicts.map((conflict) => (
                    <Text size="sm" key={`${conflict.email}-${conflict.interviewId}`}>
                      {conflict.email} is on the panel of the interview with {conflict.candidateName} at {formatInZone(conflict.startsAt, viewerZone())}.
                    </Text>
                  ))}
                  <Group>
                    <Button size="xs" color="yellow" onClick={() => void save(true)} loading={book.isPending}>
                      Book anyway
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            ) : null}
            {Object.keys(errors).length === 0 ? <FormError error={book.error ?? check.error} /> : null}
            <Group>
              <Button type="submit" loading={book.isPending || check.isPending}>
                Book interview
              </Button>
            </Group>
          </Stack>
        </form>
    </Card>
  );
}
