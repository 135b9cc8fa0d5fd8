import { Anchor, Button, Card, Group, Loader, Progress, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAnalyses, useAnalysis, useComparison, usePostings, useSetTarget, useStartAnalysis } from '#web/features/career/hooks/use-skill-gaps.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { SkillGapsView } from './skill-gaps-view.tsx';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Skill gaps across target postings: choose the targets, run an analysis (followed live), see and compare the runs. */
export function SkillGapsPage() {
  useDocumentTitle('Skill gaps');
  const [params, setParams] = useSearchParams();
  const postings = usePostings(1);
  const setTarget = useSetTarget();
  const analyses = useAnalyses(1);
  const start = useStartAnalysis();
  const selectedId = params.get('analysis') ?? analyses.data?.items[0]?.id;
  const analysis = useAnalysis(selectedId);
  const compareId = params.get('compare') ?? undefined;
  const comparison = useComparison(selectedId, compareId);
  const [targetError, setTargetError] = useState<Error | null>(null);
  const targets = postings.data?.items.filter((posting) => posting.isTarget).length ?? 0;
  const select = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  return (
    <>
      <PageHeader
        title="Skill gaps"
        description="Mark the postings you are aiming for as targets; the analysis ranks the skills they ask for by how many ask and how far you are from them."
      />
      <Stack gap="lg" maw={960}>
        <Card withBorder radius="md">
          <Title order={3} size="h4" mb="xs">
            Target postings
          </Title>
          <QueryError error={postings.error} onRetry={() => postings.refetch()} what="your job postings" />
          {postings.isPending ? <Loader size="sm" aria-label="Loading your job postings" /> : null}
          {postings.data?.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              No job postings yet. Add the postings you are interested in first.
            </Text>
          ) : null}
          <Stack gap={6}>
            {postings.data?.items.map((posting) => (
              <Switch
                key={posting.id}
                checked={posting.isTarget}
                label={[posting.jobTitle ?? 'Untitled posting', posting.companyName].filter(Boolean).join(' · ')}
                onChange={(event) =>
                  setTarget.mutate({ postingId: posting.id, isTarget: event.currentTarget.checked }, { onError: setTargetError, onSuccess: () => setTargetError(null) })
                }
              />
            ))}
          </Stack>
          <FormError error={targetError} />
          <Group mt="md">
            <Button onClick={() => start.mutate(undefined, { onSuccess: (created) => select({ analysis: created.id, compare: null }) })} loading={start.isPending} disabled={targets === 0}>
              Analyse my skill gaps
            </Button>
            <Text size="sm" c="dimmed">
              {targets} target{targets === 1 ? '' : 's'}
            </Text>
          </Group>
          <FormError error={start.error} />
        </Card>

        <QueryError error={analyses.error} onRetry={() => analyses.refetch()} what="your analyses" />
        <QueryError error={analysis.error} onRetry={() => analysis.refetch()} what="the analysis" />
        {analysis.data ? (
          <Card withBorder radius="md" data-testid="skill-analysis">
            <Group justify="space-between" mb="sm">
              <Title order={3} size="h4">
                Analysis of {dateTime.format(new Date(analysis.data.createdAt))}
              </Title>
              {analyses.data && analyses.data.items.length > 1 ? (
                <Select
                  aria-label="Compare with an earlier run"
                  placeholder="Compare with…"
                  clearable
                  value={compareId ?? null}
                  onChange={(value) => select({ compare: value })}
                  data={analyses.data.items.filter((item) => item.id !== analysis.data.id && item.status === 'completed').map((item) => ({ value: item.id, label: dateTime.format(new Date(item.createdAt)) }))}
                />
              ) : null}
            </Group>
            {analysis.data.status === 'pending' || analysis.data.status === 'running' ? (
              <Stack gap={4}>
                <Text size="sm">
                  Analysed {analysis.data.progressDone} of {analysis.data.progressTotal} target postings…
                </Text>
                <Progress value={analysis.data.progressTotal ? (100 * analysis.data.progressDone) / analysis.data.progressTotal : 0} animated aria-label="Analysis progress" />
              </Stack>
            ) : null}
            {analysis.data.status === 'failed' ? <Text c="red">{analysis.data.error ?? 'The analysis failed.'}</Text> : null}
            {analysis.data.status === 'completed' ? (
              <Stack gap="sm">
                <Text size="sm" c="dimmed">
                  {analysis.data.totalJobsAnalyzed} target postings · {analysis.data.totalSkillGaps} gaps · average match {analysis.data.averageJobMatchScore ?? '—'}% · {analysis.data.analyzerVersion}
                </Text>
                <SkillGapsView gaps={analysis.data.gaps} />
              </Stack>
            ) : null}
            {comparison.data ? (
              <Stack gap={4} mt="md" data-testid="skill-analysis-comparison">
                <Title order={4} size="h5">
                  Compared with {dateTime.format(new Date(comparison.data.before.createdAt))}
                </Title>
                <Text size="sm">Closed: {comparison.data.closed.join(', ') || 'none'}</Text>
                <Text size="sm">New: {comparison.data.opened.join(', ') || 'none'}</Text>
                <Text size="sm">Moved: {comparison.data.changed.map((item) => `${item.skill} (${item.before} → ${item.after})`).join(', ') || 'none'}</Text>
              </Stack>
            ) : null}
            <QueryError error={comparison.error} onRetry={() => comparison.refetch()} what="the comparison" />
          </Card>
        ) : null}
        <Anchor component={Link} to="/career?tab=overview" size="sm">
          Back to the career overview
        </Anchor>
      </Stack>
    </>
  );
}
