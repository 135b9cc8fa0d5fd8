import { Anchor, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { CvVersion } from '#shared/contracts/profile.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { formatDateTime } from '#web/ui/format-time.ts';
import { cvFileUrl } from '../api/profile-api.ts';
import { useCvVersions, useDeleteCv, useMakeCvCurrent } from '../hooks/use-cv-versions.ts';

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Every CV the user uploaded, newest first: download any, make an older one current, delete. */
export function CvVersionsCard() {
  const versions = useCvVersions();
  const makeCurrent = useMakeCvCurrent();
  const remove = useDeleteCv();
  if (versions.data?.length === 0) return null;
  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm" data-testid="cv-versions">
        <Title order={3} size="h4">
          Your CV versions
        </Title>
        {versions.isPending ? <Loader size="sm" /> : null}
        <FormError error={versions.error ?? makeCurrent.error ?? remove.error} />
        {versions.data?.map((version) => (
          <CvVersionRow
            key={version.id}
            version={version}
            busy={makeCurrent.isPending || remove.isPending}
            onMakeCurrent={() => makeCurrent.mutate(version.id)}
            onDelete={() => remove.mutate(version.id)}
          />
        ))}
      </Stack>
    </Card>
  );
}

function CvVersionRow({ version, busy, onMakeCurrent, onDelete }: { version: CvVersion; busy: boolean; onMakeCurrent: () => void; onDelete: () => void }) {
  // Deleting takes a second click on the same button, so one slip cannot lose a CV.
  const [confirming, setConfirming] = useState(false);
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm" data-testid="cv-version" data-current={version.isCurrent}>
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Group gap="xs" wrap="nowrap">
          <Anchor href={cvFileUrl(version.id)} download={version.fileName} aria-label={`Download ${version.fileName}`} truncate>
            {version.fileName}
          </Anchor>
          {version.isCurrent ? (
            <Badge size="sm" variant="light" color="teal">
              current
            </Badge>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed">
          {formatDateTime(version.uploadedAt)} · {formatSize(version.sizeBytes)}
        </Text>
      </Stack>
      <Group gap="xs" wrap="nowrap">
        {version.isCurrent ? null : (
          <Button size="xs" variant="light" disabled={busy} onClick={onMakeCurrent} aria-label={`Make ${version.fileName} current`}>
            Make current
          </Button>
        )}
        <Button
          size="xs"
          variant={confirming ? 'filled' : 'subtle'}
          color="red"
          disabled={busy}
          onClick={() => (confirming ? onDelete() : setConfirming(true))}
          onBlur={() => setConfirming(false)}
          aria-label={confirming ? `Confirm deleting ${version.fileName}` : `Delete ${version.fileName}`}
        >
          {confirming ? 'Confirm delete' : 'Delete'}
        </Button>
      </Group>
    </Group>
  );
}
