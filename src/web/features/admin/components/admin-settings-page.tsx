import { Loader, Stack, Text, Title } from '@mantine/core';
import type { Setting } from '#shared/contracts/settings.ts';
import { settingAreas, type SettingArea } from '#shared/vocabulary.ts';
import { PageHeader } from '#web/ui/page-header.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { useSettings } from '#web/features/admin/hooks/use-settings.ts';
import { SettingField } from './setting-field.tsx';

const areaTitles: Record<SettingArea, { title: string; about: string }> = {
  signup: { title: 'Sign-up', about: 'Who may create an account.' },
  ai: { title: 'AI', about: "The installation's own model, for users and workspaces without a key of their own, and what models cost." },
  uploads: { title: 'Uploads', about: 'How large CVs, screening batches and ticket attachments may be.' },
  practice: { title: 'Practice', about: 'Practice interviews.' },
  interviews: { title: 'Interviews', about: 'Interviews with candidates.' },
  retention: { title: 'Retention', about: 'How long the daily data retention job keeps things.' },
  outbound: { title: 'Network', about: 'Which hosts of your own network URLs given by users may reach.' },
};

/** Administration → Settings: every installation setting (decision 015), grouped by area. */
export function AdminSettingsPage() {
  const settings = useSettings();
  const byArea = (area: SettingArea): Setting[] => settings.data?.items.filter((setting) => setting.area === area) ?? [];
  return (
    <>
      <PageHeader
        title="Installation settings"
        description="Each setting shows its value in force, its default and where the value comes from. A value set by an environment variable wins over this page. Changes apply from the next request and are recorded in the audit log."
      />
      <QueryError error={settings.error} onRetry={() => settings.refetch()} what="the settings" />
      {settings.isPending ? <Loader size="sm" /> : null}
      {settings.data ? (
        <Stack gap="xl">
          {settingAreas
            .filter((area) => byArea(area).length > 0)
            .map((area) => (
              <Stack gap="sm" key={area} component="section" aria-labelledby={`settings-area-${area}`} data-testid={`settings-area-${area}`}>
                <div>
                  <Title order={2} size="h4" id={`settings-area-${area}`}>
                    {areaTitles[area].title}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {areaTitles[area].about}
                  </Text>
                </div>
                {byArea(area).map((setting) => (
                  <SettingField key={setting.key} setting={setting} />
                ))}
              </Stack>
            ))}
        </Stack>
      ) : null}
    </>
  );
}
