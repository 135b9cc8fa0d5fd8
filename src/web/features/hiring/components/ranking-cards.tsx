import { Checkbox, Divider, Group, Stack } from '@mantine/core';
import { Fragment } from 'react';
import { candidateLongLabel } from '#shared/hiring/candidate-label.ts';
import { CandidateDecisionButtons } from './candidate-decision-buttons.tsx';
import { ScheduleInterviewLink } from './schedule-interview-link.tsx';
import { CandidateStatusBadge } from './candidate-status-badge.tsx';
import { CandidateName, CandidateScore, CandidateSkills } from './ranking-cells.tsx';
import type { RankingListProps } from './ranking-table.tsx';
import { RecommendationBadge } from './recommendation-badge.tsx';

/** The ranking on a narrow screen: one card per candidate, read top to bottom, nothing to scroll sideways. */
export function RankingCards({ jobId, rows, selected, onToggle, canEdit, stageNames }: Omit<RankingListProps, 'sort' | 'onSort'>) {
  return (
    <Stack gap={0} data-testid="ranking-cards">
      {rows.map((row, index) => {
        const ticked = selected.includes(row.id);
        return (
          <Fragment key={row.id}>
            {index > 0 ? <Divider /> : null}
            <Stack gap="xs" p="md" data-testid="candidate-row" bg={ticked ? 'var(--mantine-primary-color-light)' : undefined}>
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Group gap="sm" align="flex-start" wrap="nowrap" miw={0}>
                  <Checkbox aria-label={`Select ${candidateLongLabel(row)}`} checked={ticked} onChange={() => onToggle(row.id)} mt={2} />
                  <CandidateName row={row} />
                </Group>
                <CandidateScore score={row.score} />
              </Group>
              <Group gap="xs">
                <RecommendationBadge recommendation={row.recommendation} />
                <CandidateStatusBadge candidate={row} stageName={stageNames[row.status]} />
              </Group>
              <CandidateSkills row={row} />
              {canEdit ? <CandidateDecisionButtons jobId={jobId} candidate={row} size="compact-sm" /> : null}
              {canEdit ? <ScheduleInterviewLink jobId={jobId} candidate={row} /> : null}
            </Stack>
          </Fragment>
        );
      })}
    </Stack>
  );
}
