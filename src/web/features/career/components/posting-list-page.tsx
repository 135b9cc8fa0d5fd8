import { Anchor, Badge, Card, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { JobPosting } from '#shared/contracts/career-jobs.ts';
import { PageControls } from '#web/ui/page-controls.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { usePostings } from '#web/features/career/hooks/posting-hooks.ts';
import { PostingAddForm } from './posting-add-form.tsx';

const pageSize = 20;

export function postingAge(posting: Pick<JobPosting, 'ageDays' | 'datePosted'>): string {
  const days = posting.ageDays === 0 ? 'today' : posting.ageDays === 1 ? '1 day ago' : `${posting.ageDays} days ago`;
  return posting.datePosted ? `Posted ${days}` : `Added ${days}`;
}

/** The job postings the user keeps, newest first, and the form to add one. */
export function PostingListPage() {
  useDocumentTitle('Job postings · Career');
  const [page, setPage] = useState(1);
  const postings = usePostings({ page, pageSize });
  return (
    <>
      <Anchor component={Link} to="/career" size="sm">
        ← Career library
      </Anchor>
      <PageHeader title="Job postings" description="Postings you are looking at: how your experiences match them, and what they ask that your library does not show." />
      <Group mb="md">
        <Anchor component={Link} to="/career/applications">
          Your applications →
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <PostingAddForm />
        <Stack gap="sm">
          <QueryError error={postings.error} onRetry={() => postings.refetch()} what="your postings" />
          {postings.isPending ? <Loader size="sm" /> : null}
          {postings.data?.total === 0 ? <Text c="dimmed">No postings yet.</Text> : null}
          {postings.data?.items.map((posting) => (
            <Card key={posting.id} withBorder radius="md" padding="sm" data-testid="posting-card">
              <Group justify="space-between" wrap="nowrap">
                <Anchor component={Link} to={`/career/postings/${posting.id}`} fw={600}>
                  {posting.jobTitle ?? 'Untitled posting'}
                </Anchor>
                {posting.expired ? <Badge color="orange">Closed</Badge> : null}
              </Group>
              <Text size="sm" c="dimmed">
                {[posting.companyName, posting.location, posting.remote ? 'Remote' : null, postingAge(posting)].filter(Boolean).join(' · ')}
              </Text>
            </Card>
          ))}
          {postings.data ? <PageControls page={page} pageSize={pageSize} total={postings.data.total} onChange={setPage} what={['posting', 'postings']} /> : null}
        </Stack>
      </SimpleGrid>
    </>
  );
}
