/**
 * Length-preserving repairs of resume text before parsing, so every offset into the repaired text is an offset into
 * the original too: separators mis-encoded by a UTF-8 → Windows-1252 round trip (`â€“` for "–", `ï¼` for "－") become
 * a padded dash, and a resume pasted as one long line gets its line breaks back where the paste left runs of spaces.
 */

/** Each mojibake sequence and the character it stood for; the replacement is padded with spaces to the same length. */
const mojibake: [RegExp, string][] = [
  [/â€[“”]/g, '–'],
  [/â€“|â€”/g, '–'],
  [/â€¢/g, '•'],
  [/â€¦/g, '…'],
  // U+FF0D (fullwidth hyphen) as three Windows-1252 characters; the third is often a control or zero-width character.
  [/ï¼(?:[\u0080-\u009f\ufeff]|\u200b|\u200c|\u200d)?/g, '–'],
  [/Â(?=[\s\u00a0])/g, ' '],
];

function padded(match: string, replacement: string): string {
  if (replacement === ' ') return ' '.repeat(match.length);
  const room = match.length - replacement.length;
  const left = Math.floor(room / 2);
  return ' '.repeat(left) + replacement + ' '.repeat(room - left);
}

/** One line longer than this, with runs of spaces in it, is a pasted resume whose line breaks were lost. */
const pastedLineLength = 300;

export function repairText(text: string): string {
  let repaired = text;
  for (const [pattern, replacement] of mojibake) repaired = repaired.replace(pattern, (match) => padded(match, replacement));
  // Zero-width characters left inside words (after a mis-encoded separator) read as spaces.
  repaired = repaired.replace(/\u200b|\u200c|\u200d|\ufeff/g, ' ');
  if (!repaired.split('\n').some((line) => line.length > pastedLineLength && /\S {2,}\S/.test(line))) return repaired;
  return repaired
    .split('\n')
    .map((line) => (line.length > pastedLineLength ? line.replace(/(\S) ( +)(?=\S)/g, (_match, before: string, rest: string) => `${before}\n${rest}`) : line))
    .join('\n');
}
