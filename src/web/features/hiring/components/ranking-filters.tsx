import { Autocomplete, Group, Select, TextInput } from '@mantine/core';
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
      {/* The browser's own number field: Mantine's NumberInput would add 15 KB (gzip) to the job page's first download. */}
      <TextInput
        label="Min score"
        type="number"
        inputMode="numeric"
        w={110}
        min={0}
        max={100}
        step={1}
        value={values.minScore}
        onChange={(event) => onChange({ ...values, minScore: readMinScore(event.currentTarget.value) })}
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

/** A whole score from 0 to 100, or '' (no minimum) when the field is empty or not a number. */
function readMinScore(text: string): number | '' {
  const value = Number.parseInt(text, 10);
  return Number.isNaN(value) ? '' : Math.min(100, Math.max(0, value));
}
