import { Badge, Box, Button, Center, Container, Group, Loader, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useCurrentUser } from '#web/features/auth/hooks/use-current-user.ts';
import { productAreas } from '#web/app/nav-config.ts';
import { IconDatabase, IconPalette, IconPlugOff, IconSparkles } from '#web/ui/icons.tsx';
import { AreaCard } from './area-card.tsx';
import { Dashboard } from './dashboard.tsx';

const principles = [
  {
    icon: IconPlugOff,
    title: 'Works fully offline',
    text: 'A built-in, deterministic interviewer and CV analysis run on your machine with no account anywhere.',
  },
  {
    icon: IconSparkles,
    title: 'Any LLM when you want one',
    text: 'Plug in OpenAI, Anthropic or any OpenAI-compatible server such as Ollama or vLLM, with your own keys.',
  },
  {
    icon: IconDatabase,
    title: 'Your data stays yours',
    text: 'An embedded database by default, PostgreSQL when you scale out. Open source and self-hosted.',
  },
] as const;

const workingAreas = productAreas.filter((area) => area.available);

/** Signed in, `/` is the dashboard; signed out, it says what Parley does today, and nothing it does not. */
export function HomePage() {
  const me = useCurrentUser();
  if (me.isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading" />
      </Center>
    );
  }
  if (me.data) {
    return (
      <Container size="lg" px={0}>
        <Dashboard name={me.data.name} />
      </Container>
    );
  }
  return (
    <Container size="lg" px={0}>
      <Stack gap={48} py={{ base: 'md', sm: 'xl' }}>
        <Stack gap="md" maw={760}>
          <Badge variant="light" size="lg" radius="sm" w="fit-content">
            Open-source AI interview platform
          </Badge>
          <Title order={1} fz={{ base: 34, sm: 46 }} lh={1.1} style={{ letterSpacing: '-0.02em' }}>
            Interviews, from both sides of the table.
          </Title>
          <Text size="lg" c="dimmed" lh={1.6}>
            Parley helps candidates <b>practice interviews with an AI interviewer</b>, helps teams{' '}
            <b>screen and rank CV batches against a job</b>, with the evidence behind every score, and keeps your{' '}
            <b>career library</b>. It works fully offline,
            and with any LLM when you configure one.
          </Text>
          <Group gap="sm" mt="xs">
            <Button component={Link} to="/sign-up">
              Create your account
            </Button>
            <Button component={Link} to="/sign-in" variant="default">
              Sign in
            </Button>
            <Button component={Link} to="/settings/appearance" variant="default" leftSection={<IconPalette size={18} />}>
              Choose your theme
            </Button>
            <Button component="a" href="/api/docs" variant="subtle">
              Explore the API
            </Button>
          </Group>
        </Stack>

        <Box>
          <Title order={2} size="h3" mb="md">
            What you can do today
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            {workingAreas.map((area) => (
              <AreaCard key={area.key} area={area} />
            ))}
          </SimpleGrid>
        </Box>

        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xl">
          {principles.map(({ icon: Icon, title, text }) => (
            <Group key={title} align="flex-start" wrap="nowrap" gap="md">
              <ThemeIcon variant="light" size={40} radius="md">
                <Icon size={20} />
              </ThemeIcon>
              <Stack gap={4}>
                <Text fw={600}>{title}</Text>
                <Text size="sm" c="dimmed" lh={1.55}>
                  {text}
                </Text>
              </Stack>
            </Group>
          ))}
        </SimpleGrid>
      </Stack>
    </Container>
  );
}
