import { Card, Center, Group, SegmentedControl, Stack, Text, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { IconDeviceDesktop, IconMoon, IconSun } from '#web/ui/icons.tsx';
import { PageHeader } from '#web/ui/page-header.tsx';

const choices: { value: MantineColorScheme; label: string; icon: typeof IconSun }[] = [
  { value: 'light', label: 'Light', icon: IconSun },
  { value: 'dark', label: 'Dark', icon: IconMoon },
  { value: 'auto', label: 'System', icon: IconDeviceDesktop },
];

export function AppearancePage() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <>
      <PageHeader title="Appearance" description="How Parley looks in this browser. The choice is kept on this device." />
      <Card withBorder radius="lg" padding="lg">
        <Stack gap="sm">
          <Text fw={600} id="theme-label">
            Theme
          </Text>
          <SegmentedControl
            aria-labelledby="theme-label"
            value={colorScheme}
            onChange={(value) => setColorScheme(value)}
            data={choices.map(({ value, label, icon: Icon }) => ({
              value,
              label: (
                <Center>
                  <Group gap={8} wrap="nowrap">
                    <Icon size={16} />
                    <span>{label}</span>
                  </Group>
                </Center>
              ),
            }))}
            fullWidth
            maw={420}
          />
          <Text size="sm" c="dimmed">
            System follows your operating system’s light or dark setting.
          </Text>
        </Stack>
      </Card>
    </>
  );
}
