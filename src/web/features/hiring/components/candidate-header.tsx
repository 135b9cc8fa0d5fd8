import { Button, Group, RingProgress, Stack, Text, Title } from '@mantine/core';
import type { CandidateProfile } from '#shared/contracts/hiring.ts';
import { candidateLabel } from '#shared/hiring/candidate-label.ts';
import { candidateFileUrl } from '#web/features/hiring/api/candidates-api.ts';
import { recommendationColors } from '#web/features/hiring/hiring-labels.ts';
import { readCandidateResume } from '#web/features/hiring/read-candidate-resume.ts';
import { CandidateDecisionButtons } from './candidate-decision-buttons.tsx';
import { CandidateStatusBadge } from './candidate-status-badge.tsx';
import { RecommendationBadge } from './recommendation-badge.tsx';

export function CandidateHeader({ candidate, canEdit }: { candidate: CandidateProfile; canEdit: boolean }) {
  const color = candidate.recommendation ? recommendationColors[candidate.recommendation] : 'gray';
  const headline = readCandidateResume(candidate).basics.label;
  return (
    <Group justify="space-between" align="center" gap="lg">
      <Group gap="lg" wrap="nowrap">
        <RingProgress
          size={88}
          thickness={8}
          roundCaps
          sections={[{ value: candidate.score, color }]}
          label={
            <Text ta="center" fw={800} fz="lg" data-testid="candidate-score">
              {candidate.score}
            </Text>
          }
          aria-label={`Score ${candidate.score} of 100`}
        />
        <Stack gap={6}>
          <Title order={2} data-testid="candidate-title">
            {candidateLabel(candidate)}
          </Title>
          {headline ? (
            <Text c="dimmed" size="sm" data-testid="candidate-headline">
              {headline}
            </Text>
          ) : null}
          {!candidate.masked && !candidate.name && candidate.fileName ? (
            <Text c="dimmed" size="xs" data-testid="candidate-file">
              From {candidate.fileName}
            </Text>
          ) : null}
          <Group gap="xs">
            <RecommendationBadge recommendation={candidate.recommendation} />
            <CandidateStatusBadge candidate={candidate} />
            {candidate.statusReason ? (
              <Text size="xs" c="dimmed">
                Reason: {candidate.statusReason}
              </Text>
            ) : null}
          </Group>
        </Stack>
      </Group>
      <Group gap="xs">
        {canEdit ? <CandidateDecisionButtons jobId={candidate.jobId} candidate={candidate} size="sm" /> : null}
        {candidate.masked ? null : (
          <Button component="a" href={candidateFileUrl(candidate.id)} download variant="default" size="sm">
            Download original CV
          </Button>
        )}
      </Group>
    </Group>
  );
}
