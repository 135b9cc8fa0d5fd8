import { Alert, Button, Group, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';

/** Practice is personalised from the profile, so a user who has not confirmed one is asked to first, and brought back. */
export function OnboardingCallout() {
  const { pathname, search } = useLocation();
  return (
    <Alert variant="light" color="indigo" title="Set up your profile first" data-testid="onboarding-callout">
      <Group justify="space-between" align="center" gap="md">
        <Text size="sm" maw={620}>
          Upload your CV and confirm your target roles and skills: the interviewer then asks about your own experience,
          and the suggestions follow what you are aiming for.
        </Text>
        <Button component={Link} to={`/onboarding?next=${encodeURIComponent(pathname + search)}`}>
          Set up my profile
        </Button>
      </Group>
    </Alert>
  );
}
