import { Badge } from '@mantine/core';
import type { RsvpState, ScheduledInterviewStatus } from '#shared/vocabulary.ts';
import { candidateRsvpLabels, rsvpColors, rsvpLabels, statusColors, statusLabels } from '#web/features/interviews/interview-labels.ts';

export function InterviewStatusBadge({ status }: { status: ScheduledInterviewStatus }) {
  return (
    <Badge color={statusColors[status]} variant="light" data-testid="interview-status">
      {statusLabels[status]}
    </Badge>
  );
}

export function RsvpBadge({ rsvp, candidate = false }: { rsvp: RsvpState; candidate?: boolean }) {
  return (
    <Badge color={rsvpColors[rsvp]} variant="outline" data-testid={candidate ? 'candidate-rsvp' : 'panel-rsvp'}>
      {(candidate ? candidateRsvpLabels : rsvpLabels)[rsvp]}
    </Badge>
  );
}
