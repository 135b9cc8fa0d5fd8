import { Avatar, UnstyledButton, type UnstyledButtonProps } from '@mantine/core';
import type { ComponentPropsWithRef } from 'react';
import type { Profile } from '#shared/contracts/account.ts';

function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase() || '?';
}

type AccountButtonProps = { user: Profile } & UnstyledButtonProps & Omit<ComponentPropsWithRef<'button'>, keyof UnstyledButtonProps>;

/** The header's avatar button (the menu's target passes it a ref and its handlers). */
export function AccountButton({ user, ...button }: AccountButtonProps) {
  return (
    <UnstyledButton aria-label={`Account menu for ${user.name}`} {...button}>
      <Avatar src={user.image} alt="" radius="xl" size={34} color="indigo">
        {initialsOf(user.name)}
      </Avatar>
    </UnstyledButton>
  );
}
