import { Alert, Button, Card, Center, Group, Loader, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { maxProposals, type CandidateView, type TimeOptionInput } from '#shared/contracts/interviews.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { fieldErrors } from '#web/features/interviews/field-errors.ts';
import { useAnswerAsCandidate, useCandidateView, usePickSlot } from '#web/features/interviews/hooks/use-interviews.ts';
import { formatInZone } from '#web/features/interviews/time-zones.ts';
import { RsvpBadge } from './interview-status-badge.tsx';
import { SlotInputs } from './slot-inputs.tsx';

/**
 * What the candidate answers from their link (no account; the room cookie authorises it): confirm, decline, ask for
 * another time with up to three proposals, or pick one of the slots the recruiter offered. Shows the answer once given.
 */
export function CandidateRsvpPanel({ interviewId }: { interviewId: string }) {
  const view = useCandidateView(interviewId);
  if (view.isPending) {
    return (
      <Center py="md">
        <Loader size="sm" aria-label="Loading" />
      </Center>
    );
  }
  if (!view.data) return <QueryError error={view.error} onRetry={() => view.refetch()} what="your invitation" />;
  return <RsvpForm view={view.data} />;
}

function RsvpForm({ view }: { view: CandidateView }) {
  const answer = useAnswerAsCandidate(view.interviewId);
  const pick = usePickSlot(view.interviewId);
  const [proposing, setProposing] = useState(false);
  const [proposals, setProposals] = useState<TimeOptionInput[]>([{ startsAt: '', timeZone: view.timeZone }]);
  const [slotId, setSlotId] = useState<string | null>(null);
  const errors = fieldErrors(answer.error);
  const closed = ['cancelled', 'completed', 'no_show'].includes(view.status);

  return (
    <Card withBorder data-testid="candidate-rsvp-panel">
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={4}>Your answer</Title>
          <RsvpBadge rsvp={view.candidateRsvp} candidate />
        </Group>
        {view.candidateRsvp === 'accepted' ? <Text role="status">You confirmed: {formatInZone(view.startsAt, view.timeZone)} ({view.timeZone}). Thank you.</Text> : null}
        {view.candidateRsvp === 'declined' ? <Text role="status">You declined this interview. The hiring team has been told.</Text> : null}
        {view.candidateRsvp === 'tentative' && view.proposals.length > 0 ? (
          <Stack gap={2} role="status">
            <Text>You asked for another time and proposed:</Text>
            {view.proposals.map((proposal) => (
              <Text key={proposal.id} size="sm">
                {formatInZone(proposal.startsAt, proposal.timeZone)} ({proposal.timeZone})
              </Text>
            ))}
          </Stack>
        ) : null}
        {closed ? (
          <Alert color="gray">This interview is {view.status.replace('_', '-')}; there is nothing to answer.</Alert>
        ) : (
          <>
            {view.offers.length > 0 ? (
              <Stack gap="xs">
                <Text fw={500}>The hiring team offers these times — pick one:</Text>
                <Radio.Group value={slotId} onChange={setSlotId} aria-label="Offered times">
                  <Stack gap={4}>
                    {view.offers.map((slot) => (
                      <Radio key={slot.id} value={slot.id} label={`${formatInZone(slot.startsAt, view.timeZone)} (${view.timeZone})`} />
                    ))}
                  </Stack>
                </Radio.Group>
                <Group>
                  <Button size="xs" disabled={!slotId} loading={pick.isPending} onClick={() => slotId && pick.mutate(slotId)}>
                    Take this time
                  </Button>
                </Group>
                <FormError error={pick.error} />
              </Stack>
            ) : null}
            <Group>
              <Button color="teal" loading={answer.isPending && answer.variables?.answer === 'confirm'} onClick={() => answer.mutate({ answer: 'confirm' })} disabled={view.candidateRsvp === 'accepted'}>
                Confirm
              </Button>
              <Button color="red" variant="light" loading={answer.isPending && answer.variables?.answer === 'decline'} onClick={() => answer.mutate({ answer: 'decline' })} disabled={view.candidateRsvp === 'declined'}>
                Decline
              </Button>
              <Button variant="default" onClick={() => setProposing((value) => !value)}>
                Ask for another time
              </Button>
            </Group>
            {proposing ? (
              <Stack gap="xs">
                <Text size="sm">Propose up to {maxProposals} times that suit you:</Text>
                <SlotInputs field="proposals" value={proposals} onChange={setProposals} max={maxProposals} errors={errors} />
                {errors.proposals ? (
                  <Text size="sm" c="red">
                    {errors.proposals}
                  </Text>
                ) : null}
                <Group>
                  <Button size="xs" loading={answer.isPending && answer.variables?.answer === 'propose'} onClick={() => answer.mutate({ answer: 'propose', proposals }, { onSuccess: () => setProposing(false) })}>
                    Send these times
                  </Button>
                </Group>
              </Stack>
            ) : null}
            {Object.keys(errors).length === 0 ? <FormError error={answer.error} /> : null}
          </>
        )}
      </Stack>
    </Card>
  );
}
