import { Alert, Anchor, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { Link } from 'react-router';
import { useState, type FormEvent } from 'react';
import type { Profile } from '#shared/contracts/account.ts';
import { fieldError } from '#web/app/api-client.ts';
import { useAuthConfig } from '#web/features/auth/hooks/use-auth-config.ts';
import { useCurrentUser } from '#web/features/auth/hooks/use-current-user.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useUpdateProfile } from '#web/features/account/hooks/use-account.ts';
import { YourDataCard } from './your-data-card.tsx';

export function ProfilePage() {
  const me = useCurrentUser();
  return (
    <>
      <PageHeader title="Profile" description="How you appear to the people you work with in Parley." />
      <Stack gap="lg">
        <QueryError error={me.error} onRetry={() => me.refetch()} what="your profile" />
        {me.data ? <ProfileForm key={me.data.id} profile={me.data} /> : me.isPending ? <Loader size="sm" /> : null}
        <YourDataCard />
      </Stack>
    </>
  );
}

const text = (value: string | null) => value ?? '';
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

function ProfileForm({ profile }: { profile: Profile }) {
  const mailConfigured = useAuthConfig().data?.emailDelivery === 'smtp';
  const [form, setForm] = useState({
    name: profile.name,
    image: text(profile.image),
    phone: text(profile.phone),
    bio: text(profile.bio),
    jobTitle: text(profile.jobTitle),
    department: text(profile.department),
  });
  const save = useUpdateProfile();
  const field = (key: 'name' | 'image' | 'phone' | 'jobTitle' | 'department') => ({
    value: form[key],
    onChange: (event: { currentTarget: { value: string } }) => setForm({ ...form, [key]: event.currentTarget.value }),
    error: fieldError(save.error, key),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      name: form.name.trim(),
      image: orNull(form.image),
      phone: orNull(form.phone),
      bio: orNull(form.bio),
      jobTitle: orNull(form.jobTitle),
      department: orNull(form.department),
    });
  };

  return (
    <Card withBorder radius="lg" padding="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              Signed in as <b>{profile.email}</b>
            </Text>
            {profile.emailVerified || mailConfigured ? (
              <Badge size="sm" variant="light" color={profile.emailVerified ? 'teal' : 'yellow'}>
                {profile.emailVerified ? 'verified' : 'not verified'}
              </Badge>
            ) : null}
          </Group>
          <FormError error={save.error} />
          {save.isSuccess ? (
            <Alert color="teal" variant="light" py="xs">
              Profile saved.
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Name" required autoComplete="name" {...field('name')} />
            <TextInput label="Avatar URL" placeholder="https://…" {...field('image')} />
            <TextInput label="Job title" {...field('jobTitle')} />
            <TextInput label="Department" {...field('department')} />
            <TextInput label="Phone" type="tel" autoComplete="tel" {...field('phone')} />
          </SimpleGrid>
          <Textarea
            label="Bio"
            autosize
            minRows={3}
            maxRows={8}
            value={form.bio}
            error={fieldError(save.error, 'bio')}
            onChange={(e) => setForm({ ...form, bio: e.currentTarget.value })}
          />
          <Text size="sm" c="dimmed">
            Theme, time zone and date format are in{' '}
            <Anchor component={Link} to="/settings/preferences" size="sm">
              Preferences
            </Anchor>
            .
          </Text>
          <Button type="submit" loading={save.isPending} w="fit-content">
            Save profile
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
