import { Center, Loader } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';
import { useProfile } from '#web/features/onboarding/hooks/use-profile.ts';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useDocumentTitle } from '#web/ui/use-document-title.ts';
import { useCreatePracticeSession } from '#web/features/practice/hooks/use-practice-sessions.ts';
import { practicePaths } from '#web/features/practice/practice-paths.ts';
import { readSetupSearch } from '#web/features/practice/setup-search.ts';
import { usePracticeProgress } from '#web/features/practice/hooks/use-practice-progress.ts';
import { OnboardingCallout } from './onboarding-callout.tsx';
import { SessionSetupForm } from './session-setup-form.tsx';

/** Sets up a practice interview, prefilled from the address (a suggestion) or else from the profile. */
export function NewSessionPage() {
  useDocumentTitle('New practice interview');
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const { profile, isOnboarded, isPending, error, refetch } = useProfile();
  const create = useCreatePracticeSession();
  const prefill = readSetupSearch(search);
  // Without a choice in the address, the form starts from the practice the Practice page suggests next.
  const progress = usePracticeProgress();
  const suggestion = progress.data?.nextSuggestion ?? undefined;

  return (
    <>
      <PageHeader
        title="New practice interview"
        description="The interviewer plans its questions from the role, your CV and the job description, then takes you through the stages of a real interview."
      />
      {isOnboarded === false ? <OnboardingCallout /> : null}
      <QueryError error={error} onRetry={refetch} what="your profile" />
      {isPending || progress.isPending ? (
        <Center py="xl">
          <Loader size="sm" aria-label="Loading your profile" />
        </Center>
      ) : (
        <SessionSetupForm
          initial={{
            targetRole: prefill.targetRole ?? profile?.targetRoles[0] ?? suggestion?.targetRole ?? '',
            interviewType: prefill.interviewType ?? suggestion?.interviewType ?? 'behavioural',
            focusSkills: prefill.focusSkills ?? [],
          }}
          skillSuggestions={profile?.keySkills ?? []}
          creating={create.isPending}
          error={create.error}
          onSubmit={(body) => create.mutate(body, { onSuccess: (session) => void navigate(practicePaths.room(session.id)) })}
        />
      )}
    </>
  );
}
