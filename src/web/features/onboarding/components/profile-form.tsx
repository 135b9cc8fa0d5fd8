import { Alert, Button, NumberInput, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { profileLimits, type Profile, type SuggestedProfile } from '#shared/contracts/profile.ts';
import { fieldError } from '#web/app/api-client.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { useSaveProfile } from '#web/features/onboarding/hooks/use-profile.ts';

const listProps = { maxTags: profileLimits.listItems, splitChars: [',', ';'], acceptValueOnBlur: true, clearable: true };

/** The profile fields, prefilled (from a CV or from what was saved) for the user to confirm or edit. */
export function ProfileForm({
  initial,
  submitLabel,
  onSaved,
  onEdit,
}: {
  initial: SuggestedProfile;
  submitLabel: string;
  onSaved?: (profile: Profile) => void;
  /** Told every change before saving, so a caller can keep the unsaved values (onboarding's draft). */
  onEdit?: (draft: SuggestedProfile) => void;
}) {
  const [fullName, setFullName] = useState(initial.fullName ?? '');
  const [years, setYears] = useState<number | string>(initial.yearsOfExperience ?? '');
  const [targetRoles, setTargetRoles] = useState(initial.targetRoles);
  const [keySkills, setKeySkills] = useState(initial.keySkills);
  const [industries, setIndustries] = useState(initial.industries);
  const save = useSaveProfile();
  useEffect(() => {
    onEdit?.({ fullName: fullName || null, yearsOfExperience: typeof years === 'number' ? years : null, targetRoles, keySkills, industries });
  }, [onEdit, fullName, years, targetRoles, keySkills, industries]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { fullName: fullName.trim(), yearsOfExperience: typeof years === 'number' ? years : null, targetRoles, keySkills, industries },
      { onSuccess: (profile) => onSaved?.(profile) },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="profile-form">
      <Stack gap="md">
        <FormError error={save.error} />
        {save.isSuccess && !onSaved ? (
          <Alert color="teal" variant="light" py="xs">
            Profile saved.
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Full name"
            required
            autoComplete="name"
            maxLength={profileLimits.nameChars}
            value={fullName}
            onChange={(event) => setFullName(event.currentTarget.value)}
            error={fieldError(save.error, 'fullName')}
            data-testid="profile-full-name"
          />
          <NumberInput
            label="Years of experience"
            min={0}
            max={profileLimits.maxYears}
            allowDecimal={false}
            allowNegative={false}
            value={years}
            onChange={setYears}
            data-testid="profile-years"
          />
        </SimpleGrid>
        <TagsInput
          label="Target roles"
          description="The roles you are preparing for; press Enter after each."
          value={targetRoles}
          onChange={setTargetRoles}
          data-testid="profile-target-roles"
          {...listProps}
        />
        <TagsInput label="Key skills" value={keySkills} onChange={setKeySkills} data-testid="profile-key-skills" {...listProps} />
        <TagsInput label="Industries" value={industries} onChange={setIndustries} data-testid="profile-industries" {...listProps} />
        <Button type="submit" loading={save.isPending} disabled={fullName.trim() === ''} w="fit-content" data-testid="profile-save">
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
