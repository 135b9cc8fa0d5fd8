import { useMutation, useQuery } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { authClient } from '#web/features/auth/api/auth-client.ts';
import { changePassword, confirmTwoFactor, disableTwoFactor, enableTwoFactor } from '#web/features/security/api/two-factor-api.ts';
import { securityKeys } from './security-keys.ts';

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string; revokeOtherSessions: boolean }) => changePassword(authClient, body),
  });
}

export function useEnableTwoFactor() {
  return useMutation({ mutationFn: (password: string) => enableTwoFactor(authClient, password) });
}

export function useConfirmTwoFactor() {
  return useMutation({ mutationFn: (code: string) => confirmTwoFactor(authClient, code) });
}

export function useDisableTwoFactor() {
  return useMutation({ mutationFn: (input: { password: string; code: string }) => disableTwoFactor(authClient, input) });
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
