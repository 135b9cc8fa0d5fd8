import { ActionIcon, Indicator, type IndicatorProps } from '@mantine/core';
import type { ComponentPropsWithRef } from 'react';
import { IconBell } from '#web/ui/icons.tsx';

type BellButtonProps = { unread: number; onToggle: () => void } & Omit<IndicatorProps, 'label'> & Omit<ComponentPropsWithRef<'div'>, keyof IndicatorProps>;

/** The header's bell and its unread count (the popover's target passes it a ref and its attributes). */
export function BellButton({ unread, onToggle, ...indicator }: BellButtonProps) {
  return (
    <Indicator label={unread > 99 ? '99+' : unread} size={16} disabled={unread === 0} offset={4} color="red" data-testid="notification-count" {...indicator}>
      <ActionIcon variant="subtle" size="lg" onClick={onToggle} aria-label={unread > 0 ? `Notifications: ${unread} unread` : 'Notifications'}>
        <IconBell />
      </ActionIcon>
    </Indicator>
  );
}
