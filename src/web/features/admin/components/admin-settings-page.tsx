import { Loader, Stack } from '@mantine/core';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useSettings } from '#web/features/admin/hooks/use-settings.ts';
import { SettingField } from './setting-field.tsx';

/** Administration → Settings: every installation setting (decision 015), the sign-up policy first. */
export function AdminSettingsPage() {
  const settings = useSettings();
  return (
    <>
      <PageHeader
        title="Installation settings"
        description="Who may sign up, and which hosts of your own network users' model servers may live on. A value set by an environment variable wins over this page."
      />
      <QueryError error={settings.error} onRetry={() => settings.refetch()} what="the settings" />
      {settings.isPending ? <Loader size="sm" /> : null}
      {settings.data ? (
        <Stack gap="lg">
          {settings.data.items.map((setting) => (
            <SettingField key={setting.key} setting={setting} />
          ))}
        </Stack>
      ) : null}
    </>
  );
}
