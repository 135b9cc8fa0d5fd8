import { Autocomplete, Group, NumberInput, Select } from '@mantine/core';
import type { CandidateRow, Recommendation } from '#shared/contracts/hiring.ts';
import type { StageName } from '#shared/hiring/stages.ts';
import { recommendations } from '#web/features/hiring/hiring-labels.ts';

export type RankingFilterValues = { minScore: number | ''; recommendation: Recommendation | null; skill: string; stage: CandidateRow['status'] | null };

export function RankingFilters({
  values,
  skills,
  stages,
  onChange,
}: {
  values: RankingFilterValues;
  skills: readonly string[];
  stages: readonly StageName[];
  onChange: (values: RankingFilterValues) => void;
}) {
  return (
    <Group gap="sm" align="flex-end">
      <NumberInput
        label="Min score"
        w={110}
        min={0}
        max={100}
        allowDecimal={false}
        value={values.minScore}
        onChange={(value) => onChange({ ...values, minScore: typeof value === 'number' ? value : '' })}
      />
      <Select
        label="Recommendation"
        placeholder="Any"
        w={160}
        clearable
        data={[...recommendations]}
        value={values.recommendation}
        onChange={(value) => onChange({ ...values, recommendation: recommendations.find((item) => item === value) ?? null })}
      />
      <Select
        label="Stage"
        placeholder="Any"
        w={150}
        clearable
        data={stages.map((stage) => ({ value: stage.key, label: stage.name }))}
        value={values.stage}
        onChange={(value) => onChange({ ...values, stage: stages.find((stage) => stage.key === value)?.key ?? null })}
      />
      <Autocomplete label="Has skill" placeholder="e.g. Kubernetes" w={200} data={[...new Set(skills)]} value={values.skill} onChange={(skill) => onChange({ ...values, skill })} />
    </Group>
  );
}
