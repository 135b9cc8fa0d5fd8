import { Button, Card, Center, Group, Loader, NativeSelect, Stack, Text } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { lazy, Suspense, useState } from 'react';
import { useNavigate } from 'react-router';
import type { CandidateRow, Job } from '#shared/contracts/hiring.ts';
import { readRequirementGroup } from '#shared/hiring/requirement-group.ts';
import { PageControls } from '#web/ui/page-controls.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import type { RankingView } from '#web/features/hiring/api/candidates-api.ts';
import { firstSortDirection, toCandidateSort, type CandidateSortKey, type ColumnSort } from '#web/features/hiring/candidate-sort.ts';
import { useCandidates } from '#web/features/hiring/hooks/use-candidates.ts';
import { useJobStages } from '#web/features/hiring/hooks/use-team.ts';
import { ExportButtons } from './export-buttons.tsx';
import { JobStagesEditor } from './job-stages-editor.tsx';
import { RankingFilters, type RankingFilterValues } from './ranking-filters.tsx';
import { RankingCards } from './ranking-cards.tsx';
import { RankingTable } from './ranking-table.tsx';

// Shown once a candidate is ticked: its stage picker and reject dialog load then, not with the page.
const RankingBulkActions = lazy(() => import('./ranking-bulk-actions.tsx').then(({ RankingBulkActions }) => ({ default: RankingBulkActions })));

const maxCompared = 4;
const sortChoices: readonly { value: CandidateSortKey; label: string }[] = [
  { value: 'score', label: 'Best score' },
  { value: 'recommendation', label: 'Recommendation' },
  { value: 'name', label: 'Name' },
];
/** Below this width the ranking is a list of cards; above it a table that fits without scrolling sideways. */
const tableFrom = '(min-width: 75em)';
const pageSize = 50;

/**
 * The job's candidates, best first: the server filters, sorts and pages every candidate; pick 2–4 to compare (on any
 * page), decide, export the whole ranking.
 */
export function RankingPanel({ job, canEdit, onUpload }: { job: Job; canEdit: boolean; onUpload: () => void }) {
  const navigate = useNavigate();
  const wide = useMediaQuery(tableFrom, true, { getInitialValueInEffect: false });
  const [values, setValues] = useState<RankingFilterValues>({ minScore: '', recommendation: null, skill: '', stage: null });
  const [debounced] = useDebouncedValue(values, 300);
  const [sort, setSort] = useState<ColumnSort>({ key: 'score', descending: true });
  const [page, setPage] = useState(1);
  const view: RankingView = {
    minScore: typeof debounced.minScore === 'number' ? debounced.minScore : undefined,
    recommendation: debounced.recommendation ?? undefined,
    skill: debounced.skill.trim() || undefined,
    status: debounced.stage ?? undefined,
    sort: toCandidateSort(sort),
  };
  const candidates = useCandidates(job.id, { ...view, page, pageSize });
  const { stages } = useJobStages(job.id);
  const stageNames = Object.fromEntries(stages.map((stage) => [stage.key, stage.name])) as Record<CandidateRow['status'], string>;
  const [selected, setSelected] = useState<string[]>([]);
  const rows = candidates.data?.items ?? [];
  const total = candidates.data?.total ?? 0;
  const filtering = view.minScore !== undefined || view.recommendation !== undefined || view.skill !== undefined || view.status !== undefined;
  const skills = [...job.requirements.mustHaveSkills, ...job.requirements.niceToHaveSkills].flatMap((skill) => readRequirementGroup(skill) ?? [skill]);

  // A new filter or order starts again from the first page.
  const changeFilters = (next: RankingFilterValues) => {
    setValues(next);
    setPage(1);
  };
  const changeSort = (next: ColumnSort) => {
    setSort(next);
    setPage(1);
  };
  const toggle = (candidateId: string) =>
    setSelected((current) => (current.includes(candidateId) ? current.filter((id) => id !== candidateId) : [...current, candidateId]));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Group gap="sm" align="flex-end">
          <RankingFilters values={values} skills={skills} stages={stages} onChange={changeFilters} />
          {wide ? null : (
            <NativeSelect
              label="Sort by"
              w={160}
              data={[...sortChoices]}
              value={sort.key}
              onChange={(event) => {
                const chosen = sortChoices.find((choice) => choice.value === event.currentTarget.value)?.value;
                if (chosen) changeSort({ key: chosen, descending: firstSortDirection[chosen] });
              }}
            />
          )}
        </Group>
        <Group gap="xs">
          <Button
            variant="light"
            disabled={selected.length < 2 || selected.length > maxCompared}
            onClick={() => void navigate(`/hiring/jobs/${job.id}/compare?ids=${selected.join(',')}`)}
            title="Tick 2 to 4 candidates to compare them side by side"
          >
            Compare {selected.length > 0 ? `(${selected.length})` : ''}
          </Button>
          {canEdit ? <JobStagesEditor jobId={job.id} stages={stages} /> : null}
          <ExportButtons jobId={job.id} view={view} />
        </Group>
      </Group>
      {canEdit && selected.length > 0 ? (
        <Suspense fallback={null}>
          <RankingBulkActions jobId={job.id} selected={selected} stages={stages} onDone={() => setSelected([])} />
        </Suspense>
      ) : null}
      <QueryError error={candidates.error} onRetry={() => candidates.refetch()} what="the candidates" />
      <Card withBorder radius="lg" padding={0}>
        {candidates.isPending ? (
          <Center py="xl">
            <Loader size="sm" aria-label="Loading candidates" />
          </Center>
        ) : candidates.isError && !candidates.data ? null : rows.length === 0 ? (
          <Stack align="center" gap="sm" p="xl">
            <Text c="dimmed" size="sm">
              {filtering ? 'No candidate matches these filters.' : 'No candidates yet: upload CVs and they are ranked here as they are screened.'}
            </Text>
            {!filtering && canEdit ? <Button onClick={onUpload}>Upload CVs</Button> : null}
          </Stack>
        ) : (
          wide ? (
            <RankingTable jobId={job.id} rows={rows} sort={sort} onSort={changeSort} selected={selected} onToggle={toggle} canEdit={canEdit} stageNames={stageNames} />
          ) : (
            <RankingCards jobId={job.id} rows={rows} selected={selected} onToggle={toggle} canEdit={canEdit} stageNames={stageNames} />
          )
        )}
      </Card>
      {total > 0 ? (
        <Stack gap={4}>
          <PageControls page={page} pageSize={pageSize} total={total} onChange={setPage} what={filtering ? ['candidate matches the filters', 'candidates match the filters'] : ['candidate', 'candidates']} />
          <Text size="xs" c="dimmed">
            Sorting covers every candidate, not just this page. Tick 2 to {maxCompared} to compare them side by side{canEdit ? ', or any number to move, shortlist or reject them together' : ''}.
          </Text>
        </Stack>
      ) : null}
    </Stack>
  );
}
