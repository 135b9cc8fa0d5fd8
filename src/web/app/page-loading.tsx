import { Center, Loader, Progress } from '@mantine/core';
import { useNavigation } from 'react-router';

/**
 * Shown in place of a page while its code loads on the first visit (every page is a chunk of its own). It never spins
 * for ever: a chunk that fails to load rejects, and the route's error boundary offers a reload.
 */
export function PageLoading() {
  return (
    <Center py="xl">
      <Loader size="sm" aria-label="Loading page" />
    </Center>
  );
}

/** A thin bar over the page while the router loads the next page's code; the page you were on stays until then. */
export function NavigationProgress() {
  const navigation = useNavigation();
  if (navigation.state !== 'loading') return null;
  return <Progress value={100} animated size="xs" radius={0} aria-label="Loading page" pos="absolute" top={0} left={0} right={0} />;
}
