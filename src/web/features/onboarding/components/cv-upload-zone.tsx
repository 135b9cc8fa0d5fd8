import { Box, Group, Loader, Stack, Text, ThemeIcon } from '@mantine/core';
import { useState } from 'react';
import type { CvUpload } from '#shared/contracts/profile.ts';
import { FormError } from '#web/ui/form-error.tsx';
import { FileDropZone } from '#web/ui/file-drop-zone.tsx';
import { IconBriefcase } from '#web/ui/icons.tsx';
import { useUploadCv } from '#web/features/onboarding/hooks/use-cv-versions.ts';

const accept = '.pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain';

/** Drop or pick one CV; it is uploaded at once, becomes the current version, and its parse comes back as a suggestion. */
export function CvUploadZone({ onUploaded }: { onUploaded?: (upload: CvUpload) => void }) {
  const upload = useUploadCv();
  const [tooMany, setTooMany] = useState(false);
  const choose = (files: File[]) => {
    setTooMany(files.length > 1);
    const [file] = files;
    if (file && files.length === 1) upload.mutate(file, { onSuccess: (uploaded) => onUploaded?.(uploaded) });
  };

  return (
    <Stack gap="sm">
      {/* The file input inside this box is what browser tests drive: getByTestId('cv-upload').locator('input[type=file]'). */}
      <Box data-testid="cv-upload">
        <FileDropZone accept={accept} label="Upload your CV" onFiles={choose}>
          <Group gap="md" wrap="nowrap">
            <ThemeIcon size={44} radius="md" variant="light">
              {upload.isPending ? <Loader size="sm" /> : <IconBriefcase size={24} />}
            </ThemeIcon>
            <Stack gap={2}>
              <Text fw={600}>{upload.isPending ? 'Reading your CV…' : 'Drop your CV here, or click to choose a file'}</Text>
              <Text size="sm" c="dimmed">
                PDF, DOCX or TXT, up to 10 MB. Every version you upload is kept; the newest becomes your current CV.
              </Text>
            </Stack>
          </Group>
        </FileDropZone>
      </Box>
      {tooMany ? (
        <Text size="sm" c="red" role="alert">
          Choose one file: your CV.
        </Text>
      ) : null}
      <FormError error={upload.error} />
      {upload.data ? (
        <Text size="sm" c="teal" data-testid="cv-upload-done">
          {upload.data.fileName} is now your current CV.
        </Text>
      ) : null}
    </Stack>
  );
}
