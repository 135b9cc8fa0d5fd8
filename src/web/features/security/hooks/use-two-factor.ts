import { useMutation, useQuery } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { loadAuthClient } from '#web/features/auth/api/auth-client.ts';
import { changePassword, confirmTwoFactor, disableTwoFactor, enableTwoFactor } from '#web/features/security/api/two-factor-api.ts';
import { securityKeys } from './security-keys.ts';

export function useChangePassword() {
  return useMutation({
    mutationFn: async (body: { currentPassword: string; newPassword: string; revokeOtherSessions: boolean }) => changePassword(await loadAuthClient(), body),
  });
}

export function useEnableTwoFactor() {
  return useMutation({ mutationFn: async (password: string) => enableTwoFactor(await loadAuthClient(), password) });
}

export function useConfirmTwoFactor() {
  return useMutation({ mutationFn: async (code: string) => confirmTwoFactor(await loadAuthClient(), code) });
}

export function useDisableTwoFactor() {
  return useMutation({ mutationFn: async (input: { password: string; code: string }) => disableTwoFactor(await loadAuthClient(), input) });
}

/** The QR code of an otpauth:// URI as a data URL, drawn in the browser (the secret never leaves it). */
export function useTotpQrCode(totpURI: string | undefined) {
  return useQuery({
    queryKey: securityKeys.totpQrCode(totpURI ?? ''),
    queryFn: () => QRCode.toDataURL(totpURI ?? '', { margin: 1, width: 200 }),
    enabled: totpURI !== undefined,
    staleTime: Infinity,
  });
}
