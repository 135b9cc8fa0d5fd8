/** A word of the text with its offsets; `key` is the lower-cased form used for dictionary look-ups. */
export type WordToken = {
  start: number;
  end: number;
  text: string;
  key: string;
};

/*
 * A word keeps inner dots, apostrophes and ampersands (Node.js, ASP.NET, R&D, O'Neil), a leading dot when it
 * starts the word (.NET) and trailing + or # (C++, C#, F#, Notepad++). Hyphens and slashes split words, so
 * "CI/CD", "front-end" and "A/B testing" become several tokens that the dictionary matches as a phrase.
 */
const wordPattern =
  /(?:(?<![\p{L}\p{N}])\.(?=\p{L}))?[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.&](?=[\p{L}\p{N}]))*(?:\+\+|\+(?![\p{L}\p{N}])|#(?![\p{L}\p{N}]))?/gu;

export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const start = match.index;
    const surface = match[0];
    tokens.push({ start, end: start + surface.length, text: surface, key: normalizeWord(surface) });
  }
  return tokens;
}

/** Lower case with typographic apostrophes folded, so "Raiser’s" and "Raiser's" share a key. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** Whether the characters between two tokens keep them in one phrase: spaces, a hyphen or a slash, not a comma or a line break. */
export function isPhraseGap(gap: string): boolean {
  return gap.length <= 4 && /^[ \t\u00a0]*[-‐–/]?[ \t\u00a0]*$/.test(gap) && gap.length > 0;
}
