import { Button, FileButton, Group } from '@mantine/core';
import { useState } from 'react';
import { exportUrls } from '#web/features/career/api/stories-api.ts';
import { useCvProposal, useJsonResumeProposal } from '#web/features/career/hooks/use-stories.ts';
import { ImportReviewModal } from './import-review.tsx';

/** Fill the library from the current CV or a JSON Resume (always reviewed first), and download it in either format. */
export function ImportExportBar() {
  const [open, setOpen] = useState<'cv' | 'json' | null>(null);
  const cv = useCvProposal(open === 'cv');
  const jsonResume = useJsonResumeProposal();
  const [readError, setReadError] = useState<Error | null>(null);
  const readFile = async (file: File | null) => {
    if (!file) return;
    setReadError(null);
    jsonResume.reset();
    setOpen('json');
    try {
      const document: unknown = JSON.parse(await file.text());
      if (typeof document !== 'object' || document === null || Array.isArray(document)) throw new Error('The file is not a JSON Resume: it holds no JSON object.');
      jsonResume.mutate(document as Record<string, unknown>);
    } catch (error) {
      setReadError(error instanceof SyntaxError ? new Error('The file is not valid JSON.') : (error as Error));
    }
  };
  return (
    <>
      <Group gap="xs" mb="md">
        <Button variant="light" onClick={() => setOpen('cv')}>
          Import from my CV
        </Button>
        <FileButton onChange={(file) => void readFile(file)} accept="application/json,.json">
          {(props) => (
            <Button variant="light" {...props}>
              Import JSON Resume
            </Button>
          )}
        </FileButton>
        <Button component="a" href={exportUrls.jsonResume} download="resume.json" variant="default">
          Export JSON Resume
        </Button>
        <Button component="a" href={exportUrls.parley} download="parley-career-library.json" variant="default">
          Export Parley JSON
        </Button>
      </Group>
      <ImportReviewModal
        opened={open !== null}
        title={open === 'cv' ? 'Import from your CV' : 'Import a JSON Resume'}
        proposal={open === 'cv' ? cv.data : jsonResume.data}
        loading={open === 'cv' ? cv.isFetching : jsonResume.isPending}
        error={open === 'cv' ? cv.error : (readError ?? jsonResume.error)}
        onClose={() => setOpen(null)}
      />
    </>
  );
}
