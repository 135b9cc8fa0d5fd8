/** Wraps user-supplied text in a tag so the model can tell it from instructions. */
export function block(label: string, content: string | undefined): string {
  if (!content?.trim()) return '';
  return `<${label}>\n${content.trim()}\n</${label}>`;
}

/** A JSON value as a tagged block, compact, leaving out empty parts. */
export function jsonBlock(label: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  return block(label, JSON.stringify(value));
}

/** Joins the non-empty parts of a prompt with blank lines. */
export function joinPrompt(...parts: (string | undefined | false)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.trim().length > 0).join('\n\n');
}

/** Said in every system prompt: the rule that keeps both engines honest. */
export const honesty =
  'Use only what the input says. Never invent names, employers, dates, numbers, skills or quotes. ' +
  'Every quote must be copied word for word from the input.';
