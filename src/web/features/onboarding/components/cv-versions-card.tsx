import { Anchor, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { CvVersion } from '#shared/contracts/profile.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { formatDateTime } from '#web/ui/format-time.ts';
import { PageControls } from '#web/ui/page-controls.tsx';
import { QueryError } from '#web/ui/query-error.tsx';
import { cvFileUrl } from '#web/features/onboarding/api/profile-api.ts';
import { useCvVersions, useDeleteCv, useMakeCvCurrent } from '#web/features/onboarding/hooks/use-cv-versions.ts';

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const pageSize = 10;

/** Every CV the user uploaded, newest first, a page at a time: download any, make an older one current, delete. */
export function CvVersionsCard() {
  const [page, setPage] = useState(1);
  const versions = useCvVersions({ page, pageSize });
  const makeCurrent = useMakeCvCurrent();
  const remove = useDeleteCv();
  const total = versions.data?.total;
  const items = versions.data?.items ?? [];
  // Deleting the only version of a later page goes back to the page before it.
  const removeVersion = (cvId: string) => remove.mutate(cvId, { onSuccess: () => items.length === 1 && page > 1 && setPage(page - 1) });
  if (total === 0) return null;
  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm" data-testid="cv-versions">
        <Title order={3} size="h4">
          Your CV versions
        </Title>
        {versions.isPending ? <Loader size="sm" /> : null}
        <QueryError error={versions.error} onRetry={() => versions.refetch()} what="your CV versions" />
        <FormError error={makeCurrent.error ?? remove.error} />
        {items.map((version) => (
          <CvVersionRow
            key={version.id}
            version={version}
            busy={makeCurrent.isPending || remove.isPending}
            onMakeCurrent={() => makeCurrent.mutate(version.id)}
            onDelete={() => removeVersion(version.id)}
          />
        ))}
        {total !== undefined && total > pageSize ? <PageControls page={page} pageSize={pageSize} total={total} onChange={setPage} what={['version', 'versions']} /> : null}
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
