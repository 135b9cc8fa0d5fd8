import { Mark, Text } from '@mantine/core';
import { Fragment } from 'react';
import type { TranscriptWord } from '#shared/contracts/speech.ts';

/** Below this posterior the offline engine is more likely wrong than right about a word. */
export const unsureBelow = 0.5;

/** The rough draft as it was heard, with the words the engine was unsure of marked, to guide the candidate's corrections. */
export function UnsureWords({ words }: { words: readonly TranscriptWord[] }) {
  const unsure = words.filter((entry) => entry.confidence !== null && entry.confidence < unsureBelow).length;
  if (words.length === 0) return null;
  return (
    <Text size="xs" c="dimmed" data-testid="rough-draft-words">
      {unsure === 0 ? 'The rough draft was sure of every word: ' : `Marked: ${unsure} word${unsure === 1 ? '' : 's'} the rough draft was unsure of: `}
      {words.map((entry, index) => (
        <Fragment key={`${index}-${entry.startMs}`}>
          {index > 0 ? ' ' : ''}
          {entry.confidence !== null && entry.confidence < unsureBelow ? (
            <Mark color="yellow" title={`${Math.round(entry.confidence * 100)} % sure`} data-testid="unsure-word">
              {entry.word}
            </Mark>
          ) : (
            entry.word
          )}
        </Fragment>
      ))}
    </Text>
  );
}
