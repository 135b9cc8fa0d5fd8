import { Button, CloseButton, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormError } from '#web/ui/form-error.tsx';
import { FileDropZone } from '#web/ui/file-drop-zone.tsx';
import { IconBriefcase } from '#web/ui/icons.tsx';
import { useUploadCvs } from '#web/features/hiring/hooks/use-batches.ts';

const accept = '.pdf,.docx,.txt,.zip,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,application/zip';

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Pick or drop CVs, then upload them as one batch and follow its progress. Under blind screening the chosen files
 * are counted, not named: file names often carry the candidate's name.
 */
export function CvUploadForm({ jobId, blind }: { jobId: string; blind: boolean }) {
  const upload = useUploadCvs(jobId);
  const navigate = useNavigate();
  const [files, setFiles] = useState<File[]>([]);
  const totalBytes = files.reduce((sum, file) => sum + file.size, 0);
  const start = () => upload.mutate(files, { onSuccess: ({ id }) => void navigate(`/hiring/batches/${id}`) });

  return (
    <Stack gap="sm">
      <FileDropZone accept={accept} label="Choose CV files" nameFiles={!blind} onFiles={(added) => setFiles((current) => [...current, ...added])}>
        <Group gap="md" wrap="nowrap">
          <ThemeIcon size={44} radius="md" variant="light">
            <IconBriefcase size={24} />
          </ThemeIcon>
          <Stack gap={2}>
            <Text fw={600}>Drop CVs here, or click to choose files</Text>
            <Text size="sm" c="dimmed">
              PDF, DOCX or TXT, or ZIP archives of them. Each file becomes a candidate, screened in the background.
            </Text>
          </Stack>
        </Group>
      </FileDropZone>
      {files.length > 0 ? (
        <Stack gap={4} data-testid="chosen-files">
          <Text size="sm" fw={500}>
            {files.length === 1 ? '1 file' : `${files.length} files`} chosen ({formatSize(totalBytes)})
          </Text>
          {blind
            ? null
            : files.map((file, index) => (
                <Group key={`${file.name}-${index}`} gap="xs" wrap="nowrap">
                  <Text size="sm" style={{ flex: 1 }} truncate>
                    {file.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatSize(file.size)}
                  </Text>
                  <CloseButton size="sm" aria-label={`Remove ${file.name}`} onClick={() => setFiles((current) => current.filter((_, at) => at !== index))} />
                </Group>
              ))}
        </Stack>
      ) : null}
      <FormError error={upload.error} />
      <Group>
        <Button onClick={start} disabled={files.length === 0} loading={upload.isPending}>
          Upload and screen
        </Button>
        {files.length > 0 ? (
          <Button variant="subtle" color="gray" onClick={() => setFiles([])}>
            Clear
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
