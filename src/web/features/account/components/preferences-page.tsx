import { Alert, Button, Card, Checkbox, Loader, Select, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { dateFormats, type Preferences } from '#shared/contracts/account.ts';
import { notificationTypes, type NotificationType } from '#shared/vocabulary.ts';
import { askForBrowserNotifications, browserNotificationsAllowed } from '#web/features/notifications/hooks/use-notification-stream.ts';
import { notificationTypeLabels } from '#web/features/notifications/notification-labels.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { usePreferences, useSavePreferences } from '#web/features/account/hooks/use-preferences.ts';
import { browserTimeZone, timeZoneOptions } from '#web/features/account/time-zones.ts';

const languages = [
  { value: 'en', label: 'English' },
  { value: 'de', label: 'Deutsch' },
  { value: 'fr', label: 'Français' },
  { value: 'es', label: 'Español' },
  { value: 'pt-BR', label: 'Português (Brasil)' },
];

export function PreferencesPage() {
  const preferences = usePreferences();
  return (
    <>
      <PageHeader title="Preferences" description="Kept with your account, so they follow you to every device. The theme is chosen per device, under Appearance." />
      <QueryError error={preferences.error} onRetry={() => preferences.refetch()} what="your preferences" />
      {preferences.data ? <PreferencesForm initial={preferences.data} /> : preferences.isPending ? <Loader size="sm" /> : null}
    </>
  );
}

function PreferencesForm({ initial }: { initial: Preferences }) {
  // No zone chosen yet: the browser's own is the default, saved with the next save.
  const [form, setForm] = useState(() => ({ ...initial, timezone: initial.timezone ?? browserTimeZone() }));
  const [browserAllowed, setBrowserAllowed] = useState(browserNotificationsAllowed);
  const mailedTypes = notificationTypes.filter((type) => !form.emailMutedTypes.includes(type));
  const save = useSavePreferences();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(form);
  };
  const languageOptions = languages.some((option) => option.value === form.language) ? languages : [...languages, { value: form.language, label: form.language }];
  return (
    <Card withBorder radius="lg" padding="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormError error={save.error} />
          {save.isSuccess ? (
            <Alert color="teal" variant="light" py="xs">
              Preferences saved.
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label="Language" data={languageOptions} value={form.language} allowDeselect={false} onChange={(value) => setForm({ ...form, language: value ?? 'en' })} />
            <Select
              label="Time zone"
              description={initial.timezone ? undefined : 'From your browser until you save another.'}
              searchable
              clearable
              data={timeZoneOptions()}
              value={form.timezone}
              onChange={(value) => setForm({ ...form, timezone: value })}
              data-testid="preferences-time-zone"
            />
            <Select
              label="Date format"
              clearable
              data={[...dateFormats]}
              value={form.dateFormat}
              onChange={(value) => setForm({ ...form, dateFormat: value })}
            />
          </SimpleGrid>
          <Switch
            label="Email notifications"
            description="Interview invitations, results and account notices by email."
            checked={form.notificationsEmail}
            onChange={(e) => setForm({ ...form, notificationsEmail: e.currentTarget.checked })}
          />
          {form.notificationsEmail ? (
            <Checkbox.Group
              label="Mail me about"
              description="The bell shows every notification; these are the ones also sent by email."
              value={mailedTypes}
              onChange={(values) => setForm({ ...form, emailMutedTypes: notificationTypes.filter((type) => !values.includes(type)) })}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                {notificationTypes.map((type: NotificationType) => (
                  <Checkbox key={type} value={type} label={notificationTypeLabels[type]} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          ) : null}
          <Switch
            label="Browser notifications"
            description="Show a notification in this browser when something needs you while Parley is in the background."
            checked={form.notificationsBrowser}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              setForm({ ...form, notificationsBrowser: on });
              if (on) void askForBrowserNotifications().then(setBrowserAllowed);
            }}
          />
          {form.notificationsBrowser && !browserAllowed ? (
            <Text size="xs" c="dimmed">
              This browser has not allowed notifications for Parley yet: allow them when it asks, or in the site settings.
            </Text>
          ) : null}
          <Button type="submit" loading={save.isPending} w="fit-content">
            Save preferences
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
