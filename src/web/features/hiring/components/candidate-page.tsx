import { Alert, Center, Loader, Tabs } from '@mantine/core';
import { useParams, useSearchParams } from 'react-router';
import { candidateLongLabel } from '#shared/hiring/candidate-label.ts';
import { QueryError } from '#web/ui/query-error.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { useCandidate } from '#web/features/hiring/hooks/use-candidates.ts';
import { useJob } from '#web/features/hiring/hooks/use-jobs.ts';
import { useWorkspaceAccess } from '#web/features/hiring/hooks/use-workspace-access.ts';
import { CandidateInterviews } from '#web/features/interviews/components/candidate-interviews.tsx';
import { CandidateAssessment } from './candidate-assessment.tsx';
import { CandidateHeader } from './candidate-header.tsx';
import { CandidateProfileView } from './candidate-profile-view.tsx';
import { CandidateTeamwork } from './candidate-teamwork.tsx';
import { EvidenceView } from './evidence-view.tsx';
import { HiringBreadcrumbs } from './hiring-breadcrumbs.tsx';

const tabs = ['assessment', 'evidence', 'profile', 'interviews'] as const;
type CandidateTab = (typeof tabs)[number];

/** One candidate against one job: the assessment, the evidence in the CV text, and the parsed profile. */
export function CandidatePage() {
  const { candidateId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: CandidateTab = tabs.find((name) => name === asked) ?? 'assessment';
  const candidate = useCandidate(candidateId);
  const job = useJob(candidate.data?.jobId);
  const access = useWorkspaceAccess(job.data?.workspaceId);
  useDocumentTitle(candidate.data ? candidateLongLabel(candidate.data) : undefined);

  if (candidate.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading" />
      </Center>
    );
  }
  if (!candidate.data) return <QueryError error={candidate.error} onRetry={() => candidate.refetch()} what="the candidate" />;
  const { data } = candidate;

  return (
    <>
      <HiringBreadcrumbs
        items={[
          { label: 'Hiring', to: job.data ? `/hiring?workspace=${job.data.workspaceId}` : '/hiring' },
          { label: job.data?.title ?? 'Job', to: `/hiring/jobs/${data.jobId}` },
          { label: candidateLongLabel(data) },
        ]}
      />
      <QueryError error={job.error} onRetry={() => job.refetch()} what="the job" />
      <QueryError error={access.error} onRetry={access.retry} what="your workspaces" />
      <CandidateHeader candidate={data} canEdit={access.canEdit} />
      {data.masked ? (
        <Alert variant="light" color="grape" py="xs" mt="md" data-testid="blind-notice">
          Blind screening: the name, contact details and file name stay hidden until this candidate is shortlisted.
        </Alert>
      ) : null}
      <Tabs value={tab} onChange={(value) => setParams({ tab: tabs.find((name) => name === value) ?? 'assessment' })} keepMounted={false} mt="lg">
        <Tabs.List mb="md">
          <Tabs.Tab value="assessment">Assessment</Tabs.Tab>
          <Tabs.Tab value="evidence">Evidence</Tabs.Tab>
          <Tabs.Tab value="profile">Profile</Tabs.Tab>
          <Tabs.Tab value="interviews">Interviews</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="assessment">
          <CandidateAssessment candidate={data} />
        </Tabs.Panel>
        <Tabs.Panel value="evidence">
          <EvidenceView text={data.text} evidence={data.evidence} />
        </Tabs.Panel>
        <Tabs.Panel value="profile">
          <CandidateProfileView candidate={data} />
        </Tabs.Panel>
        <Tabs.Panel value="interviews">
          <CandidateInterviews workspaceId={job.data?.workspaceId} candidateId={data.id} />
        </Tabs.Panel>
      </Tabs>
      <CandidateTeamwork candidate={data} canEdit={access.canEdit} />
    </>
  );
}
