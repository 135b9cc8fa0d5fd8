import { Group, Text, ThemeIcon } from '@mantine/core';

/** The Parley word mark: two speech bubbles facing each other, then the name. */
export function BrandMark({ size = 'md' }: { size?: 'sm' | 'md' }) {
  const box = size === 'sm' ? 28 : 34;
  return (
    <Group gap={10} wrap="nowrap">
      <ThemeIcon size={box} radius="md" variant="gradient" gradient={{ from: 'indigo.6', to: 'violet.5', deg: 135 }}>
        <svg width={box * 0.62} height={box * 0.62} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
          <path d="M3 14V6a2 2 0 0 1 2-2h8a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2H7z" />
          <path d="M21 20v-6a2 2 0 0 0-2-2h-1" />
          <path d="M11 16v1a2 2 0 0 0 2 2h5l3 2" />
        </svg>
      </ThemeIcon>
      <Text fw={750} fz={size === 'sm' ? 'lg' : 'xl'} style={{ letterSpacing: '-0.02em' }}>
        Parley
      </Text>
    </Group>
  );
}
