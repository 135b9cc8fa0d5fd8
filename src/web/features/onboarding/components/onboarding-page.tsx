import { Anchor, Button, Card, Container, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { CvUpload, SuggestedProfile } from '#shared/contracts/profile.ts';
import { navAreas } from '#web/app/nav-config.ts';
import { useCurrentUser } from '#web/features/auth/hooks/use-current-user.ts';
import { safeNextPath } from '#web/features/auth/safe-next-path.ts';
import { QueryError } from '#web/ui/query-error.tsx';
import { useOnboardingDraft } from '#web/features/onboarding/hooks/use-onboarding-draft.ts';
import { useProfile } from '#web/features/onboarding/hooks/use-profile.ts';
import { CvUploadZone } from './cv-upload-zone.tsx';
import { CvVersionsCard } from './cv-versions-card.tsx';
import { ProfileForm } from './profile-form.tsx';

const emptyProfile: SuggestedProfile = { fullName: null, yearsOfExperience: null, targetRoles: [], keySkills: [], industries: [] };

/**
 * Onboarding for job seekers: upload a CV, confirm the profile prefilled from it, done. `?next=/path` (a page that needs
 * a profile, such as practice) is where saving leads.
 */
export function OnboardingPage() {
  const me = useCurrentUser();
  const { profile, error: profileError, refetch: refetchProfile } = useProfile();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const next = searchParams.get('next');
  const [step, setStep] = useState(0);
  const { draft, keep, clear } = useOnboardingDraft(me.data?.id);
  const upload = draft?.upload ?? null;
  const initial = draft?.profile ?? emptyProfile;
  const practice = navAreas.find((area) => area.key === 'practice');

  // The account's name stands in when the CV gives none.
  const confirm = (from: SuggestedProfile, uploaded: CvUpload | null) => {
    keep({ upload: uploaded, profile: { ...from, fullName: from.fullName ?? me.data?.name ?? null } });
    setStep(1);
  };
  const edit = useCallback((profile: SuggestedProfile) => keep({ upload, profile }), [keep, upload]);
  const finish = () => {
    clear();
    if (next) void navigate(safeNextPath(next));
    else setStep(2);
  };

  return (
    <Container size="md" px={0}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} size="h2">
            Set up your profile
          </Title>
          <Text c="dimmed" size="sm">
            Parley tailors practice interviews to your CV, the roles you are aiming for and your skills.
          </Text>
        </Stack>
        <QueryError error={profileError} onRetry={refetchProfile} what="your profile" />
        <Stepper active={step} onStepClick={(target) => target < step && setStep(target)} allowNextStepsSelect={false}>
          <Stepper.Step label="Upload your CV" description="PDF, DOCX or TXT">
            <Card withBorder radius="lg" padding="lg" mt="md">
              <Stack gap="md">
                {draft ? (
                  <Group gap="sm" data-testid="onboarding-draft">
                    <Text size="sm">{upload ? `Your profile read from ${upload.fileName} is not saved yet.` : 'Your profile is not saved yet.'}</Text>
                    <Button size="xs" onClick={() => setStep(1)}>
                      Continue where you left off
                    </Button>
                  </Group>
                ) : null}
                <CvUploadZone onUploaded={(uploaded) => confirm(uploaded.suggestedProfile, uploaded)} />
                <Group gap="xs">
                  <Text size="sm" c="dimmed">
                    No CV at hand?
                  </Text>
                  <Anchor component="button" type="button" size="sm" onClick={() => confirm(profile ?? emptyProfile, null)}>
                    Fill in your profile by hand
                  </Anchor>
                </Group>
              </Stack>
            </Card>
          </Stepper.Step>
          <Stepper.Step label="Confirm your profile" description="Check what we read">
            <Card withBorder radius="lg" padding="lg" mt="md">
              <Stack gap="md">
                <Text size="sm" c="dimmed">
                  {upload ? `Prefilled from ${upload.fileName}. Change anything that is not right, then save.` : 'Tell us about yourself, then save.'}
                </Text>
                <ProfileForm key={upload?.id ?? 'by-hand'} initial={initial} submitLabel="Save profile" onSaved={finish} onEdit={edit} />
              </Stack>
            </Card>
          </Stepper.Step>
          <Stepper.Completed>
            <Card withBorder radius="lg" padding="lg" mt="md" data-testid="onboarding-done">
              <Stack gap="sm">
                <Title order={2} size="h3">
                  Your profile is ready
                </Title>
                <Text size="sm" c="dimmed">
                  You can change it and manage your CV versions any time in Settings.
                </Text>
                <Group gap="sm">
                  {practice?.available ? (
                    <Button component={Link} to={practice.path}>
                      Start practising
                    </Button>
                  ) : null}
                  <Button component={Link} to="/settings/cv" variant="default">
                    Manage your CVs
                  </Button>
                </Group>
              </Stack>
            </Card>
          </Stepper.Completed>
        </Stepper>
        <CvVersionsCard />
      </Stack>
    </Container>
  );
}
