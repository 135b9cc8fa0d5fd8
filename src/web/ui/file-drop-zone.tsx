import { Paper, Text } from '@mantine/core';
import { useRef, useState, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';

/** Whether a file is of a kind `accept` lists (".pdf", "application/pdf", "image/*"), by its name or its type. */
export function isAccepted(file: Pick<File, 'name' | 'type'>, accept: string): boolean {
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return accept
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .some((item) => (item.startsWith('.') ? name.endsWith(item) : item.endsWith('/*') ? type.startsWith(item.slice(0, -1)) : item !== '' && type === item));
}

/** "PDF, DOCX or ZIP" from ".pdf,.docx,.zip,application/pdf". */
export function describeAccept(accept: string): string {
  const kinds = accept
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.startsWith('.'))
    .map((item) => item.slice(1).toUpperCase());
  return kinds.length <= 1 ? (kinds[0] ?? 'these') : `${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1)}`;
}

/**
 * A dashed area that takes dropped files, or opens the file picker on click, Enter or Space. Files of another kind
 * than `accept` are left out before anything is sent, and said so (by name unless `nameFiles` is false, for blind
 * screening: file names often carry a candidate's name).
 */
export function FileDropZone({
  accept,
  label,
  onFiles,
  nameFiles = true,
  children,
}: {
  accept: string;
  label: string;
  onFiles: (files: File[]) => void;
  nameFiles?: boolean;
  children: ReactNode;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [refused, setRefused] = useState<string[]>([]);
  const take = (files: File[]) => {
    const accepted = files.filter((file) => isAccepted(file, accept));
    setRefused(files.filter((file) => !isAccepted(file, accept)).map((file) => file.name));
    if (accepted.length > 0) onFiles(accepted);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    take([...event.dataTransfer.files]);
  };
  const press = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      input.current?.click();
    }
  };
  return (
    <>
      <Paper
        withBorder
        radius="lg"
        p="xl"
        role="button"
        tabIndex={0}
        aria-label={label}
        onClick={() => input.current?.click()}
        onKeyDown={press}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        style={{
          borderStyle: 'dashed',
          borderWidth: 2,
          cursor: 'pointer',
          borderColor: over ? 'var(--mantine-primary-color-filled)' : undefined,
          background: over ? 'var(--mantine-primary-color-light)' : undefined,
        }}
      >
        {children}
      </Paper>
      {/* Outside the Paper: the input's own click must not bubble back into the Paper's click handler. */}
      <input
        ref={input}
        type="file"
        multiple
        accept={accept}
        hidden
        onChange={(event) => {
          take([...(event.currentTarget.files ?? [])]);
          event.currentTarget.value = '';
        }}
      />
      {refused.length > 0 ? (
        <Text size="sm" c="red" role="alert" mt="xs" data-testid="refused-files">
          {nameFiles ? refused.join(', ') : refused.length === 1 ? '1 file' : `${refused.length} files`} left out: only{' '}
          {describeAccept(accept)} files are accepted.
        </Text>
      ) : null}
    </>
  );
}
