import { Alert, Anchor, Card, Center, Loader, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { CandidateProfile } from '#shared/contracts/hiring.ts';
import { candidateLabel } from '#shared/hiring/candidate-label.ts';
import { QueryError } from '#web/ui/query-error.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { formatResumePeriod } from '#web/features/hiring/format-resume-date.ts';
import { useCompare } from '#web/features/hiring/hooks/use-candidates.ts';
import { useJob } from '#web/features/hiring/hooks/use-jobs.ts';
import { readCandidateResume } from '#web/features/hiring/read-candidate-resume.ts';
import { CandidateStatusBadge } from './candidate-status-badge.tsx';
import { HiringBreadcrumbs } from './hiring-breadcrumbs.tsx';
import { RecommendationBadge } from './recommendation-badge.tsx';
import { ScoreComponents } from './score-components.tsx';
import { SkillBadges } from './skill-badges.tsx';

type Row = { label: string; cell: (candidate: CandidateProfile) => ReactNode };

function latestRole(candidate: CandidateProfile): string {
  const [latest] = readCandidateResume(candidate).work;
  if (!latest) return '—';
  return [latest.position, latest.name, formatResumePeriod(latest.startDate, latest.endDate)].filter(Boolean).join(' · ');
}

const rows: Row[] = [
  { label: 'Score', cell: (candidate) => <Text fw={800} fz="xl">{candidate.score}</Text> },
  { label: 'Recommendation', cell: (candidate) => <RecommendationBadge recommendation={candidate.recommendation} /> },
  { label: 'Status', cell: (candidate) => <CandidateStatusBadge candidate={candidate} /> },
  { label: 'Score parts', cell: (candidate) => <ScoreComponents components={candidate.components} compact /> },
  { label: 'Matched', cell: (candidate) => <SkillBadges skills={candidate.matched} tone="matched" /> },
  { label: 'Missing must-haves', cell: (candidate) => <SkillBadges skills={candidate.missing} tone="missing" empty="None" /> },
  { label: 'Missing nice-to-haves', cell: (candidate) => <SkillBadges skills={candidate.missingNiceToHave} tone="optional" empty="None" /> },
  { label: 'Additional skills', cell: (candidate) => <SkillBadges skills={candidate.additional} tone="additional" limit={8} empty="None" /> },
  { label: 'Latest role', cell: (candidate) => <Text size="sm">{latestRole(candidate)}</Text> },
];

/** 2–4 candidates of a job side by side, one column each (ids in ?ids=a,b). */
export function ComparePage() {
  const { jobId = '' } = useParams();
  const [params] = useSearchParams();
  const ids = (params.get('ids') ?? '').split(',').filter(Boolean);
  const job = useJob(jobId);
  const compared = useCompare(jobId, ids);
  useDocumentTitle('Compare candidates');

  return (
    <>
      <HiringBreadcrumbs
        items={[
          { label: 'Hiring', to: job.data ? `/hiring?workspace=${job.data.workspaceId}` : '/hiring' },
          { label: job.data?.title ?? 'Job', to: `/hiring/jobs/${jobId}` },
          { label: 'Compare' },
        ]}
      />
      <PageHeader title="Compare candidates" description={job.data ? `Side by side against the requirements of ${job.data.title}.` : undefined} />
      {ids.length < 2 ? (
        <Alert color="orange" variant="light">
          Pick 2 to 4 candidates in the ranking to compare them.
        </Alert>
      ) : null}
      <QueryError error={job.error} onRetry={() => job.refetch()} what="the job" />
      <QueryError error={compared.error} onRetry={() => compared.refetch()} what="the candidates" />
      {compared.isLoading ? (
        <Center py="xl">
          <Loader size="sm" aria-label="Loading" />
        </Center>
      ) : null}
      {compared.data ? (
        <Card withBorder radius="lg" padding={0}>
          <Table.ScrollContainer minWidth={260 * compared.data.length + 160}>
            <Table verticalSpacing="sm" horizontalSpacing="md" layout="fixed" data-testid="compare-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={160} />
                  {compared.data.map((candidate) => (
                    <Table.Th key={candidate.id}>
                      <Anchor component={Link} to={`/hiring/candidates/${candidate.id}`} fw={700}>
                        {candidateLabel(candidate)}
                      </Anchor>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.label}>
                    <Table.Th>
                      <Text size="sm" c="dimmed" fw={600}>
                        {row.label}
                      </Text>
                    </Table.Th>
                    {compared.data.map((candidate) => (
                      <Table.Td key={candidate.id} style={{ verticalAlign: 'top' }}>
                        {row.cell(candidate)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      ) : null}
    </>
  );
}
