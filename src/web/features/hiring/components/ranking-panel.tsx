import { Button, Card, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Job } from '#shared/contracts/hiring.ts';
import { FormError } from '#web/ui/form-error.tsx';
import type { CandidateFilter } from '../api/candidates-api.ts';
import { useCandidates } from '../hooks/use-candidates.ts';
import { sortCandidates, type CandidateSort } from '../sort-candidates.ts';
import { ExportButtons } from './export-buttons.tsx';
import { RankingFilters, type RankingFilterValues } from './ranking-filters.tsx';
import { RankingTable } from './ranking-table.tsx';

const maxCompared = 4;

/** The job's candidates, best first: filter on the server, sort here, pick 2–4 to compare, decide, export. */
export function RankingPanel({ job, canEdit, onUpload }: { job: Job; canEdit: boolean; onUpload: () => void }) {
  const navigate = useNavigate();
  const [values, setValues] = useState<RankingFilterValues>({ minScore: '', recommendation: null, skill: '' });
  const [debounced] = useDebouncedValue(values, 300);
  const filter: CandidateFilter = {
    minScore: typeof debounced.minScore === 'number' ? debounced.minScore : undefined,
    recommendation: debounced.recommendation ?? undefined,
    skill: debounced.skill.trim() || undefined,
  };
  const candidates = useCandidates(job.id, filter);
  const [sort, setSort] = useState<CandidateSort>({ key: 'score', descending: true });
  const [selected, setSelected] = useState<string[]>([]);
  const rows = useMemo(() => sortCandidates(candidates.data ?? [], sort), [candidates.data, sort]);
  const filtering = filter.minScore !== undefined || filter.recommendation !== undefined || filter.skill !== undefined;
  const skills = [...job.requirements.mustHaveSkills, ...job.requirements.niceToHaveSkills];

  const toggle = (candidateId: string) =>
    setSelected((current) => (current.includes(candidateId) ? current.filter((id) => id !== candidateId) : current.length < maxCompared ? [...current, candidateId] : current));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <RankingFilters values={values} skills={skills} onChange={setValues} />
        <Group gap="xs">
          <Button
            variant="light"
            disabled={selected.length < 2}
            onClick={() => void navigate(`/hiring/jobs/${job.id}/compare?ids=${selected.join(',')}`)}
            title="Tick 2 to 4 candidates to compare them side by side"
          >
            Compare {selected.length > 0 ? `(${selected.length})` : ''}
          </Button>
          <ExportButtons jobId={job.id} filter={filter} />
        </Group>
      </Group>
      <FormError error={candidates.error} />
      <Card withBorder radius="lg" padding={0}>
        {candidates.isPending ? (
          <Center py="xl">
            <Loader size="sm" aria-label="Loading candidates" />
          </Center>
        ) : rows.length === 0 ? (
          <Stack align="center" gap="sm" p="xl">
            <Text c="dimmed" size="sm">
              {filtering ? 'No candidate matches these filters.' : 'No candidates yet: upload CVs and they are ranked here as they are screened.'}
            </Text>
            {!filtering && canEdit ? <Button onClick={onUpload}>Upload CVs</Button> : null}
          </Stack>
        ) : (
          <RankingTable jobId={job.id} rows={rows} sort={sort} onSort={setSort} selected={selected} onToggle={toggle} canEdit={canEdit} />
        )}
      </Card>
      {rows.length > 0 ? (
        <Text size="xs" c="dimmed">
          {rows.length === 1 ? '1 candidate' : `${rows.length} candidates`}
          {filtering ? ' match the filters' : ''}. Tick 2 to {maxCompared} to compare them side by side.
        </Text>
      ) : null}
    </Stack>
  );
}
