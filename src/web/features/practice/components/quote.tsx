import { Blockquote } from '@mantine/core';

/** The candidate's own words, quoted verbatim from an answer. */
export function Quote({ text, color = 'indigo' }: { text: string; color?: string }) {
  return (
    <Blockquote color={color} p="sm" mt={4} fz="sm" fs="italic" data-testid="quote">
      {text}
    </Blockquote>
  );
}
