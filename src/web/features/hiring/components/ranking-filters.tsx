import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useId } from 'react';
import type { CandidateRow, Recommendation } from '#shared/contracts/hiring.ts';
import type { StageName } from '#shared/hiring/stages.ts';
import { recommendations } from '#web/features/hiring/hiring-labels.ts';

export type RankingFilterValues = { minScore: number | ''; recommendation: Recommendation | null; skill: string; stage: CandidateRow['status'] | null };

const any = { value: '', label: 'Any' };

/**
 * The ranking's filters, in the browser's own fields (select, number, suggestions from a datalist): Mantine's Select,
 * Autocomplete and NumberInput would add ~50 KB (gzip) to the job page's first download (decision 057).
 */
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
  const skillList = useId();
  return (
    <Group gap="sm" align="flex-end">
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
      <NativeSelect
        label="Recommendation"
        w={160}
        data={[any, ...recommendations]}
        value={values.recommendation ?? ''}
        onChange={(event) => onChange({ ...values, recommendation: recommendations.find((item) => item === event.currentTarget.value) ?? null })}
      />
      <NativeSelect
        label="Stage"
        w={150}
        data={[any, ...stages.map((stage) => ({ value: stage.key, label: stage.name }))]}
        value={values.stage ?? ''}
        onChange={(event) => onChange({ ...values, stage: stages.find((stage) => stage.key === event.currentTarget.value)?.key ?? null })}
      />
      <TextInput
        label="Has skill"
        placeholder="e.g. Kubernetes"
        w={200}
        list={skillList}
        value={values.skill}
        onChange={(event) => onChange({ ...values, skill: event.currentTarget.value })}
      />
      <datalist id={skillList}>
        {[...new Set(skills)].map((skill) => (
          <option key={skill} value={skill} />
        ))}
      </datalist>
    </Group>
  );
}

/** A whole score from 0 to 100, or '' (no minimum) when the field is empty or not a number. */
function readMinScore(text: string): number | '' {
  const value = Number.parseInt(text, 10);
  return Number.isNaN(value) ? '' : Math.min(100, Math.max(0, value));
}
