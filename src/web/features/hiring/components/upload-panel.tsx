import { Alert, Stack } from '@mantine/core';
import type { Job } from '#shared/contracts/hiring.ts';
import { CvUploadForm } from './cv-upload-form.tsx';
import { JobBatches } from './job-batches.tsx';

export function UploadPanel({ job, canEdit, blind }: { job: Job; canEdit: boolean; blind: boolean }) {
  return (
    <Stack gap="lg" maw={960}>
      {canEdit ? (
        <CvUploadForm jobId={job.id} blind={blind} />
      ) : (
        <Alert variant="light" color="blue" py="xs">
          Owners and recruiters upload CVs; you can follow the uploads below.
        </Alert>
      )}
      <JobBatches jobId={job.id} />
    </Stack>
  );
}
