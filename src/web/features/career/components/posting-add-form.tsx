import { Button, Card, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { CreateJobPostingBody } from '#shared/contracts/career-jobs.ts';
import { FileDropZone } from '#web/ui/file-drop-zone.tsx';
import { FormError } from '#web/ui/form-error.tsx';
import { useCreatePosting } from '#web/features/career/hooks/posting-hooks.ts';

type Mode = 'text' | 'html' | 'url';

/** Adds a posting: pasted text, a job page saved from the browser (for pages behind a login), or its address. */
export function PostingAddForm() {
  const [mode, setMode] = useState<Mode>('text');
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const create = useCreatePosting();
  const navigate = useNavigate();
  const send = (body: CreateJobPostingBody) => create.mutate(body, { onSuccess: (posting) => void navigate(`/career/postings/${posting.id}`) });
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="sm">
        <Text fw={600}>Add a posting</Text>
        <SegmentedControl
          value={mode}
          onChange={(value) => setMode(value)}
          data={[
            { value: 'text', label: 'Paste text' },
            { value: 'html', label: 'Upload a saved page' },
            { value: 'url', label: 'From its address' },
          ]}
        />
        {mode === 'text' ? (
          <>
            <Textarea label="Posting text" autosize minRows={5} maxRows={14} value={text} onChange={(event) => setText(event.currentTarget.value)} />
            <Button onClick={() => send({ text })} loading={create.isPending} disabled={!text.trim()} w="fit-content">
              Add posting
            </Button>
          </>
        ) : null}
        {mode === 'html' ? (
          <FileDropZone accept=".html,.htm,text/html" label="Saved job page" onFiles={([file]) => void file?.text().then((html) => send({ html }))}>
            <Text size="sm">Drop a job page you saved with “Save page as…” (.html), or click to choose it. Nothing on the page runs.</Text>
          </FileDropZone>
        ) : null}
        {mode === 'url' ? (
          <>
            <TextInput label="Posting address" placeholder="https://careers.example.com/jobs/123" value={url} onChange={(event) => setUrl(event.currentTarget.value)} />
            <Text size="xs" c="dimmed">
              Parley fetches public pages only (up to 2 MB, 10 seconds). If the page needs a login, save it from your browser and upload it instead.
            </Text>
            <Button onClick={() => send({ url: url.trim() })} loading={create.isPending} disabled={!url.trim()} w="fit-content">
              Fetch posting
            </Button>
          </>
        ) : null}
        {create.isPending && mode === 'html' ? <Text size="sm">Reading the page…</Text> : null}
        <FormError error={create.error} />
      </Stack>
    </Card>
  );
}
