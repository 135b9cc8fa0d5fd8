import { Alert, Button, Center, Code, Group, Stack, Title } from '@mantine/core';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { IconAlertTriangle } from '#web/ui/icons.tsx';
import { ApiError } from './api-client.ts';

/** Shown instead of a page that threw while rendering or loading. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  return (
    <Center mih="60vh" p="md">
      <Stack maw={560} w="100%">
        <Title order={1} size="h2">
          Something went wrong
        </Title>
        <Alert color="red" variant="light" icon={<IconAlertTriangle />} title="This page could not be shown">
          {describeError(error)}
          {error instanceof ApiError && error.requestId ? (
            <div>
              Request id: <Code>{error.requestId}</Code>
            </div>
          ) : null}
        </Alert>
        <Group>
          <Button onClick={() => window.location.reload()}>Reload</Button>
          <Button component={Link} to="/" variant="default" reloadDocument>
            Home
          </Button>
        </Group>
      </Stack>
    </Center>
  );
}

/** How browsers word a page's code that could not be fetched (Chromium, Firefox, Safari); the chunk's name follows. */
const chunkLoadFailure = /dynamically imported module|Importing a module script failed/i;

function describeError(error: unknown): string {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}`;
  // Each page's code is fetched on its first visit; after an upgrade the old file names are gone, and a reload
  // fetches the new ones.
  if (error instanceof Error && chunkLoadFailure.test(error.message)) {
    return 'This page could not be downloaded: Parley may have been updated, or the connection dropped. Reload to try again.';
  }
  if (error instanceof Error) return error.message;
  return 'An unexpected error occurred.';
}
