import { useCallback, useState } from 'react';
import type { CvUpload, SuggestedProfile } from '#shared/contracts/profile.ts';

/** What onboarding read from the CV (and what the user changed since), until the profile is saved. */
export type OnboardingDraft = { upload: CvUpload | null; profile: SuggestedProfile };

const storageKey = (userId: string) => `parley:onboarding-draft:${userId}`;

function read(userId: string | undefined): OnboardingDraft | null {
  if (!userId) return null;
  try {
    const stored = sessionStorage.getItem(storageKey(userId));
    return stored ? (JSON.parse(stored) as OnboardingDraft) : null;
  } catch {
    return null;
  }
}

/**
 * The prefill survives going back a step, leaving the page or reloading it before saving: it is kept for the tab's
 * session (sessionStorage, per user) and dropped once the profile is saved.
 */
export function useOnboardingDraft(userId: string | undefined) {
  const [draft, setDraft] = useState<OnboardingDraft | null>(() => read(userId));
  const keep = useCallback(
    (next: OnboardingDraft) => {
      setDraft(next);
      if (userId) sessionStorage.setItem(storageKey(userId), JSON.stringify(next));
    },
    [userId],
  );
  const clear = useCallback(() => {
    setDraft(null);
    if (userId) sessionStorage.removeItem(storageKey(userId));
  }, [userId]);
  return { draft: draft ?? read(userId), keep, clear };
}
