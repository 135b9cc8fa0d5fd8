import { Anchor, Group, Loader, SegmentedControl, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { useApplications } from '#web/features/career/hooks/application-hooks.ts';
import { ApplicationBoard } from './application-board.tsx';
import { ApplicationList } from './application-list.tsx';

/** The board shows up to this many (the most recently changed); the list pages through all of them. */
const boardLimit = 100;

/** The applications pipeline: a board by stage, or a list with filters; the view is kept in the address. */
export function ApplicationBoardPage() {
  useDocumentTitle('Applications · Career');
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'list' ? 'list' : 'board';
  const board = useApplications({ page: 1, pageSize: boardLimit, q: '' });
  return (
    <>
      <Anchor component={Link} to="/career/postings" size="sm">
        ← Job postings
      </Anchor>
      <PageHeader title="Applications" description="Where each application stands. Drag a card to another stage, or use its “Move to…” menu; every move is kept with its date." />
      <Group mb="md">
        <SegmentedControl
          value={view}
          onChange={(value) => setParams(value === 'list' ? { view: 'list' } : {})}
          data={[
            { value: 'board', label: 'Board' },
            { value: 'list', label: 'List' },
          ]}
        />
      </Group>
      {view === 'list' ? (
        <ApplicationList />
      ) : (
        <>
          <QueryError error={board.error} onRetry={() => board.refetch()} what="your applications" />
          {board.isPending ? <Loader size="sm" /> : null}
          {board.data && board.data.total > boardLimit ? (
            <Text size="sm" c="dimmed" mb="xs">
              The board shows the {boardLimit} most recently changed of your {board.data.total} applications; the list shows them all.
            </Text>
          ) : null}
          {board.data ? <ApplicationBoard applications={board.data.items} /> : null}
        </>
      )}
    </>
  );
}
