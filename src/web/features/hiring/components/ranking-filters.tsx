import { Autocomplete, Group, NumberInput, Select } from '@mantine/core';
import type { Recommendation } from '#shared/contracts/hiring.ts';
import { recommendations } from '#web/features/hiring/hiring-labels.ts';

export type RankingFilterValues = { minScore: number | ''; recommendation: Recommendation | null; skill: string };

export function RankingFilters({ values, skills, onChange }: { values: RankingFilterValues; skills: readonly string[]; onChange: (values: RankingFilterValues) => void }) {
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
      <Autocomplete label="Has skill" placeholder="e.g. Kubernetes" w={200} data={[...new Set(skills)]} value={values.skill} onChange={(skill) => onChange({ ...values, skill })} />
    </Group>
  );
}
