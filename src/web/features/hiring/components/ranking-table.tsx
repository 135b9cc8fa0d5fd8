import { Checkbox, Stack, Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CandidateRow } from '#shared/contracts/hiring.ts';
import { candidateLongLabel } from '#shared/hiring/candidate-label.ts';
import { firstSortDirection, type CandidateSortKey, type ColumnSort } from '#web/features/hiring/candidate-sort.ts';
import { CandidateDecisionButtons } from './candidate-decision-buttons.tsx';
import { CandidateStatusBadge } from './candidate-status-badge.tsx';
import { CandidateName, CandidateScore, CandidateSkills } from './ranking-cells.tsx';
import { RecommendationBadge } from './recommendation-badge.tsx';
import { ScheduleInterviewLink } from './schedule-interview-link.tsx';

export type RankingListProps = {
  jobId: string;
  rows: readonly CandidateRow[];
  sort: ColumnSort;
  onSort: (sort: ColumnSort) => void;
  selected: readonly string[];
  onToggle: (candidateId: string) => void;
  canEdit: boolean;
  /** The job's name for each stage. */
  stageNames: Readonly<Record<CandidateRow['status'], string>>;
};

function SortHeader({ label, column, sort, onSort, width }: { label: ReactNode; column: CandidateSortKey; sort: ColumnSort; onSort: (sort: ColumnSort) => void; width?: number }) {
  const active = sort.key === column;
  const next = active ? { key: column, descending: !sort.descending } : { key: column, descending: firstSortDirection[column] };
  return (
    <Table.Th aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'} w={width}>
      <UnstyledButton onClick={() => onSort(next)} fw={700} fz="sm" style={{ whiteSpace: 'nowrap' }}>
        {label} {active ? (sort.descending ? '↓' : '↑') : ''}
      </UnstyledButton>
    </Table.Th>
  );
}

/**
 * The ranking on a wide screen: a table that fits its width (names and skills wrap, no column is cut), with the matched
 * and missing skills in one column.
 */
export function RankingTable({ jobId, rows, sort, onSort, selected, onToggle, canEdit, stageNames }: RankingListProps) {
  return (
    <Table verticalSpacing="sm" horizontalSpacing="sm" highlightOnHover data-testid="ranking-table" style={{ tableLayout: 'fixed' }}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={40} />
          <SortHeader label="Candidate" column="name" sort={sort} onSort={onSort} />
          <SortHeader label="Score" column="score" sort={sort} onSort={onSort} width={92} />
          <SortHeader label="Verdict" column="recommendation" sort={sort} onSort={onSort} width={150} />
          <Table.Th w="26%">Skills</Table.Th>
          <Table.Th w={148}>Stage</Table.Th>
          {canEdit ? <Table.Th w={184}>Decide</Table.Th> : null}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => {
          const ticked = selected.includes(row.id);
          return (
            <Table.Tr key={row.id} data-testid="candidate-row" bg={ticked ? 'var(--mantine-primary-color-light)' : undefined}>
              <Table.Td>
                <Checkbox aria-label={`Select ${candidateLongLabel(row)}`} checked={ticked} onChange={() => onToggle(row.id)} />
              </Table.Td>
              <Table.Td>
                <CandidateName row={row} />
              </Table.Td>
              <Table.Td>
                <CandidateScore score={row.score} />
              </Table.Td>
              <Table.Td>
                <RecommendationBadge recommendation={row.recommendation} />
              </Table.Td>
              <Table.Td>
                <CandidateSkills row={row} />
              </Table.Td>
              <Table.Td>
                <CandidateStatusBadge candidate={row} stageName={stageNames[row.status]} />
              </Table.Td>
              {canEdit ? (
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <CandidateDecisionButtons jobId={jobId} candidate={row} size="compact-sm" />
                    <ScheduleInterviewLink jobId={jobId} candidate={row} />
                  </Stack>
                </Table.Td>
              ) : null}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
