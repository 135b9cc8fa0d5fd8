import { Button, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { QueryError } from '#web/ui/query-error.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { useProfile } from '#web/features/onboarding/hooks/use-profile.ts';
import { CvUploadZone } from './cv-upload-zone.tsx';
import { CvVersionsCard } from './cv-versions-card.tsx';
import { ProfileForm } from './profile-form.tsx';

/** Settings → CV and profile: the saved profile, a new CV version, and every version kept. */
export function CvProfilePage() {
  const { profile, isOnboarded, isPending, error, refetch } = useProfile();
  return (
    <>
      <PageHeader title="CV and profile" description="What practice interviews know about you: your current CV, target roles, skills and industries." />
      <Stack gap="lg">
        <QueryError error={error} onRetry={refetch} what="your profile" />
        {isPending ? <Loader size="sm" aria-label="Loading your profile" /> : null}
        {isOnboarded === false ? (
          <Card withBorder radius="lg" padding="lg">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">You have not set up your profile yet. Start from your CV and we will prefill it for you.</Text>
              <Button component={Link} to="/onboarding">
                Set up your profile
              </Button>
            </Stack>
          </Card>
        ) : null}
        {profile && isOnboarded ? (
          <Card withBorder radius="lg" padding="lg">
            <ProfileForm key={profile.onboardedAt} initial={profile} submitLabel="Save profile" />
          </Card>
        ) : null}
        <Card withBorder radius="lg" padding="lg">
          <Stack gap="sm">
            <Title order={3} size="h4">
              Upload a new version
            </Title>
            <CvUploadZone />
          </Stack>
        </Card>
        <CvVersionsCard />
      </Stack>
    </>
  );
}
