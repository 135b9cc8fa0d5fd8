import { Anchor, Button, Checkbox, Group, Progress, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CandidateRow } from '#shared/contracts/hiring.ts';
import { candidateLabel, candidateLongLabel } from '#shared/hiring/candidate-label.ts';
import { firstSortDirection, type CandidateSortKey, type ColumnSort } from '#web/features/hiring/candidate-sort.ts';
import { CandidateDecisionButtons } from './candidate-decision-buttons.tsx';
import { CandidateStatusBadge } from './candidate-status-badge.tsx';
import { RecommendationBadge } from './recommendation-badge.tsx';
import { SkillBadges } from './skill-badges.tsx';

type Props = {
  jobId: string;
  rows: readonly CandidateRow[];
  sort: ColumnSort;
  onSort: (sort: ColumnSort) => void;
  selected: readonly string[];
  onToggle: (candidateId: string) => void;
  canEdit: boolean;
};

function SortHeader({ label, column, sort, onSort, minWidth }: { label: ReactNode; column: CandidateSortKey; sort: ColumnSort; onSort: (sort: ColumnSort) => void; minWidth?: number }) {
  const active = sort.key === column;
  const next = active ? { key: column, descending: !sort.descending } : { key: column, descending: firstSortDirection[column] };
  return (
    <Table.Th aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'} miw={minWidth}>
      <UnstyledButton onClick={() => onSort(next)} fw={700} fz="sm">
        {label} {active ? (sort.descending ? '↓' : '↑') : ''}
      </UnstyledButton>
    </Table.Th>
  );
}

export function RankingTable({ jobId, rows, sort, onSort, selected, onToggle, canEdit }: Props) {
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table verticalSpacing="sm" horizontalSpacing="sm" highlightOnHover data-testid="ranking-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36} />
            <SortHeader label="Candidate" column="name" sort={sort} onSort={onSort} minWidth={170} />
            <SortHeader label="Score" column="score" sort={sort} onSort={onSort} />
            <SortHeader label="Recommendation" column="recommendation" sort={sort} onSort={onSort} />
            <Table.Th>Matched skills</Table.Th>
            <Table.Th>Missing must-haves</Table.Th>
            <Table.Th miw={130}>Status</Table.Th>
            {canEdit ? <Table.Th /> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const label = candidateLabel(row);
            const ticked = selected.includes(row.id);
            return (
              <Table.Tr key={row.id} data-testid="candidate-row" bg={ticked ? 'var(--mantine-primary-color-light)' : undefined}>
                <Table.Td>
                  <Checkbox aria-label={`Compare ${candidateLongLabel(row)}`} checked={ticked} disabled={!ticked && selected.length >= 4} onChange={() => onToggle(row.id)} />
                </Table.Td>
                <Table.Td maw={240}>
                  <Stack gap={0}>
                    <Anchor component={Link} to={`/hiring/candidates/${row.id}`} fw={600} size="sm" style={{ whiteSpace: 'nowrap' }} data-testid="candidate-name">
                      {label}
                    </Anchor>
                    {!row.masked && row.fileName && row.fileName !== label ? (
                      <Text size="xs" c="dimmed" truncate>
                        {row.fileName}
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td w={120}>
                  <Group gap={8} wrap="nowrap">
                    <Text fw={700} size="sm" w={26} data-testid="candidate-score">
                      {row.score}
                    </Text>
                    <Progress value={row.score} w={48} size="sm" aria-hidden="true" />
                  </Group>
                </Table.Td>
                <Table.Td>
                  <RecommendationBadge recommendation={row.recommendation} />
                </Table.Td>
                <Table.Td maw={260}>
                  <SkillBadges skills={row.matched} tone="matched" limit={3} />
                </Table.Td>
                <Table.Td maw={220}>
                  <SkillBadges skills={row.missing} tone="missing" limit={2} empty="None" />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <CandidateStatusBadge candidate={row} />
                </Table.Td>
                {canEdit ? (
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <CandidateDecisionButtons jobId={jobId} candidate={row} size="compact-xs" />
                      <Button component={Link} to={`/interviews/new?job=${jobId}&candidate=${row.id}`} size="compact-xs" variant="light" aria-label={`Schedule interview with ${candidateLongLabel(row)}`}>
                        Schedule interview
                      </Button>
                    </Group>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
