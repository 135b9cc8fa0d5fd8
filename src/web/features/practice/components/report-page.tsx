import '#web/features/practice/practice-report.css';
import { Alert, Anchor, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ApiError } from '#web/app/api-client.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { useReport, useRetryReport } from '#web/features/practice/hooks/use-report.ts';
import { usePracticeSession } from '#web/features/practice/hooks/use-practice-sessions.ts';
import { practicePaths } from '#web/features/practice/practice-paths.ts';
import { ReportView } from './report-view.tsx';

/** The feedback report: a waiting message while it is prepared, then the report, or the failure with a retry. */
export function ReportPage() {
  const { sessionId = '' } = useParams();
  const report = useReport(sessionId);
  const session = usePracticeSession(sessionId);
  const retry = useRetryReport(sessionId);
  useDocumentTitle(session.data ? `Feedback · ${session.data.name}` : 'Feedback');

  if (report.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading the report" />
      </Center>
    );
  }
  if (report.error instanceof ApiError && report.error.status === 409) {
    return (
      <Alert color="blue" variant="light" title="No report yet" maw={720}>
        <Text size="sm">
          {report.error.message}{' '}
          <Anchor component={Link} to={practicePaths.room(sessionId)}>
            Back to the interview
          </Anchor>
        </Text>
      </Alert>
    );
  }
  if (!report.data) return <QueryError error={report.error} onRetry={() => report.refetch()} what="the report" />;

  switch (report.data.status) {
    case 'pending':
      return (
        <Center py={80} data-testid="report-pending">
          <Stack align="center" gap="sm">
            <Loader />
            <Text fw={600}>Preparing your feedback…</Text>
            <Text size="sm" c="dimmed">
              Every answer is being evaluated. This page updates by itself.
            </Text>
          </Stack>
        </Center>
      );
    case 'failed':
      return (
        <Alert color="red" variant="light" title="The feedback report could not be made" maw={720} data-testid="report-failed">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{report.data.error}</Text>
            <FormError error={retry.error} />
            <Button onClick={() => retry.mutate()} loading={retry.isPending}>
              Try again
            </Button>
          </Stack>
        </Alert>
      );
    case 'ready':
      return (
        <>
          <QueryError error={session.error} onRetry={() => session.refetch()} what="the interview" />
          <ReportView report={report.data} session={session.data} />
        </>
      );
  }
}
