import { Alert, Anchor, Badge, Button, Group, Loader, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { JobPosting } from '#shared/contracts/career-jobs.ts';
import { jobApplicationStatuses, type JobApplicationStatus } from '#shared/vocabulary.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { useCreateApplication } from '#web/features/career/hooks/application-hooks.ts';
import { usePosting } from '#web/features/career/hooks/posting-hooks.ts';
import { stageLabel } from './application-stages.ts';
import { PostingMatches } from './posting-matches.tsx';
import { postingAge } from './posting-list-page.tsx';

function ReadingStatus({ posting }: { posting: JobPosting }) {
  if (posting.source === 'text') return <Text size="sm" c="dimmed">Pasted text.</Text>;
  return (
    <Text size="sm" c={posting.readingSucceeded ? 'dimmed' : 'orange'} data-testid="reading-status">
      {posting.source === 'url' ? 'Fetched from its address. ' : 'Read from a saved page. '}
      {posting.readingSucceeded ? 'Its structured job details (schema.org JobPosting) were read.' : (posting.readingError ?? 'Its structured details could not be read.')}
    </Text>
  );
}

function TrackApplication({ postingId }: { postingId: string }) {
  const [status, setStatus] = useState<JobApplicationStatus>('saved');
  const create = useCreateApplication();
  const navigate = useNavigate();
  return (
    <Group align="end">
      <Select label="Track it as" data={jobApplicationStatuses.map((value) => ({ value, label: stageLabel(value) }))} value={status} onChange={(value) => value && setStatus(value)} allowDeselect={false} w={180} />
      <Button onClick={() => create.mutate({ jobPostingId: postingId, status }, { onSuccess: () => void navigate('/career/applications') })} loading={create.isPending}>
        Track application
      </Button>
      <FormError error={create.error} />
    </Group>
  );
}

/** One posting: what was read from it, its age, whether it has closed, how the library matches it. */
export function PostingPage() {
  const { postingId = '' } = useParams();
  const posting = usePosting(postingId);
  useDocumentTitle(posting.data?.jobTitle ? `${posting.data.jobTitle} · Career` : 'Posting · Career');
  return (
    <>
      <Anchor component={Link} to="/career/postings" size="sm">
        ← All postings
      </Anchor>
      <QueryError error={posting.error} onRetry={() => posting.refetch()} what="the posting" />
      {posting.isPending ? <Loader size="sm" /> : null}
      {posting.data ? (
        <>
          <PageHeader title={posting.data.jobTitle ?? 'Untitled posting'} description={[posting.data.companyName, posting.data.location, posting.data.remote ? 'Remote' : null].filter(Boolean).join(' · ')} />
          <Stack gap="sm" mb="lg">
            <Group gap="xs">
              <Badge variant="light">{postingAge(posting.data)}</Badge>
              {posting.data.validThrough ? <Badge variant="light">Open until {posting.data.validThrough}</Badge> : null}
            </Group>
            {posting.data.expired ? (
              <Alert color="orange" title="This posting has closed" data-testid="expired-warning">
                Its closing date ({posting.data.validThrough}) has passed. Check with the employer before applying.
              </Alert>
            ) : null}
            <ReadingStatus posting={posting.data} />
            {posting.data.url ? (
              <Anchor href={posting.data.url} target="_blank" rel="noreferrer noopener" size="sm">
                {posting.data.url}
              </Anchor>
            ) : null}
            <TrackApplication postingId={posting.data.id} />
          </Stack>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
            <PostingMatches postingId={posting.data.id} />
            <Stack gap="xs">
              <Title order={3}>The posting</Title>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {posting.data.description}
              </Text>
            </Stack>
          </SimpleGrid>
        </>
      ) : null}
    </>
  );
}
