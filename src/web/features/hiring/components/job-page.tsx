import { Center, Loader, Tabs } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { QueryError } from '#web/ui/query-error.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { useJob } from '#web/features/hiring/hooks/use-jobs.ts';
import { useWorkspaceAccess } from '#web/features/hiring/hooks/use-workspace-access.ts';
import { HiringBreadcrumbs } from './hiring-breadcrumbs.tsx';
import { JobHeader } from './job-header.tsx';
import { RankingPanel } from './ranking-panel.tsx';
import { RescoreProgress } from './rescore-progress.tsx';

// The ranking is what the page opens on; the other tabs (and their form inputs) load when first opened.
const RequirementsEditor = lazy(() => import('./requirements-editor.tsx').then(({ RequirementsEditor }) => ({ default: RequirementsEditor })));
const UploadPanel = lazy(() => import('./upload-panel.tsx').then(({ UploadPanel }) => ({ default: UploadPanel })));

const tabs = ['ranking', 'requirements', 'uploads'] as const;
type JobTab = (typeof tabs)[number];

/** One job: its ranking, its editable requirements and its CV uploads, one tab each (kept in ?tab=). */
export function JobPage() {
  const { jobId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: JobTab = tabs.find((name) => name === asked) ?? 'ranking';
  const job = useJob(jobId);
  const access = useWorkspaceAccess(job.data?.workspaceId);
  const { workspace, canEdit } = access;
  useDocumentTitle(job.data?.title);

  if (job.isPending) return <Loading />;
  if (!job.data) return <QueryError error={job.error} onRetry={() => job.refetch()} what="the job" />;
  const blind = job.data.blindScreening || Boolean(workspace?.blindScreening);
  const openTab = (next: JobTab) => setParams({ tab: next });

  return (
    <>
      <HiringBreadcrumbs items={[{ label: 'Hiring', to: `/hiring?workspace=${job.data.workspaceId}` }, { label: job.data.title }]} />
      <QueryError error={access.error} onRetry={access.retry} what="your workspaces" />
      <JobHeader job={job.data} workspace={workspace} canEdit={canEdit} />
      <RescoreProgress job={job.data} canEdit={canEdit} />
      <Tabs value={tab} onChange={(value) => openTab(tabs.find((name) => name === value) ?? 'ranking')} keepMounted={false} mt="lg">
        <Tabs.List mb="md">
          <Tabs.Tab value="ranking">Ranking</Tabs.Tab>
          <Tabs.Tab value="requirements">Requirements</Tabs.Tab>
          <Tabs.Tab value="uploads">{canEdit ? 'Upload CVs' : 'CV uploads'}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="ranking">
          <RankingPanel job={job.data} canEdit={canEdit} onUpload={() => openTab('uploads')} />
        </Tabs.Panel>
        <Tabs.Panel value="requirements">
          <Suspense fallback={<Loading />}>
            <RequirementsEditor job={job.data} canEdit={canEdit} onShowRanking={() => openTab('ranking')} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="uploads">
          <Suspense fallback={<Loading />}>
            <UploadPanel job={job.data} canEdit={canEdit} blind={blind} />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function Loading() {
  return (
    <Center py="xl">
      <Loader size="sm" aria-label="Loading" />
    </Center>
  );
}
