import { Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { liveTokenRoles, type LiveTokenRole } from '#shared/vocabulary.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { useReissueLink, useRevokeLink } from '#web/features/interviews/hooks/use-interviews.ts';

const roleNames: Record<LiveTokenRole, string> = { host: 'Host link', candidate: 'Candidate link' };

/** A URL that carries a token: shown once (it is never stored in plain text), with a copy button. */
export function OneTimeUrl({ label, url }: { label: string; url: string }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap">
        <Code style={{ wordBreak: 'break-all' }} data-testid={`url-${label}`}>
          {url}
        </Code>
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Button size="compact-xs" variant="light" onClick={copy}>
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}

/** Revoke or re-issue the host and candidate links; a re-issued URL is shown here once. */
export function RoleLinks({ interviewId, disabled }: { interviewId: string; disabled: boolean }) {
  const revoke = useRevokeLink(interviewId);
  const reissue = useReissueLink(interviewId);
  const [issued, setIssued] = useState<{ role: LiveTokenRole; url: string } | undefined>();
  const [revoked, setRevoked] = useState<LiveTokenRole | undefined>();
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        The links carry their own key: Parley keeps only a fingerprint of it, so a lost link cannot be shown again — issue a new one (the old stops working).
      </Text>
      {liveTokenRoles.map((role) => (
        <Group key={role} gap="xs">
          <Text size="sm" w={120}>
            {roleNames[role]}
          </Text>
          <Button
            size="xs"
            variant="light"
            disabled={disabled}
            loading={reissue.isPending && reissue.variables === role}
            onClick={() =>
              void reissue
                .mutateAsync(role)
                .then((url) => {
                  setIssued({ role, url });
                  setRevoked(undefined);
                })
                .catch(() => undefined)
            }
          >
            Issue a new link
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            disabled={disabled}
            loading={revoke.isPending && revoke.variables === role}
            onClick={() =>
              void revoke
                .mutateAsync(role)
                .then(() => {
                  setRevoked(role);
                  if (issued?.role === role) setIssued(undefined);
                })
                .catch(() => undefined)
            }
          >
            Revoke
          </Button>
        </Group>
      ))}
      {revoked ? (
        <Text size="sm" role="status">
          The {roleNames[revoked].toLowerCase()} is revoked.
        </Text>
      ) : null}
      {issued ? <OneTimeUrl label={`New ${roleNames[issued.role].toLowerCase()}`} url={issued.url} /> : null}
      <FormError error={revoke.error ?? reissue.error} />
    </Stack>
  );
}
