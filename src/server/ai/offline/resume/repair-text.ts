import { repairMojibake } from '#shared/text/repair-mojibake.ts';

/**
 * Length-preserving repairs of resume text before parsing, so every offset into the repaired text is an offset into
 * the original too: separators mis-encoded by a UTF-8 → Windows-1252 round trip (`â€“` for "–", `ï¼` for "－") become
 * a padded dash, and a resume pasted as one long line gets its line breaks back where the paste left runs of spaces.
 */

/** A Windows-1252 "Â" left before a space, where a no-break space was mis-encoded. */
const strayNoBreak = /Â(?=[\s\u00a0])/g;

/** One line longer than this, with runs of spaces in it, is a pasted resume whose line breaks were lost. */
const pastedLineLength = 300;

export function repairText(text: string): string {
  let repaired = repairMojibake(text, { keepLength: true }).replace(strayNoBreak, ' ');
  // Zero-width characters left inside words (after a mis-encoded separator) read as spaces.
  repaired = repaired.replace(/\u200b|\u200c|\u200d|\ufeff/g, ' ');
  if (!repaired.split('\n').some((line) => line.length > pastedLineLength && /\S {2,}\S/.test(line))) return repaired;
  return repaired
    .split('\n')
    .map((line) => (line.length > pastedLineLength ? line.replace(/(\S) ( +)(?=\S)/g, (_match, before: string, rest: string) => `${before}\n${rest}`) : line))
    .join('\n');
}
