import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Pronunciations } from './context-words.ts';

/** flite's letter-to-sound phones are CMU's in lower case, plus schwas CMU writes as ah/er and pauses. */
const fliteToCmu: Readonly<Record<string, string>> = { ax: 'ah', axr: 'er' };

export function phonesOf(spelled: string): string[] {
  return spelled
    .toLowerCase()
    .split(/\s+/)
    .map((phone) => phone.replace(/\d$/, ''))
    .filter((phone) => phone !== '' && phone !== 'pau')
    .map((phone) => fliteToCmu[phone] ?? phone);
}

/** Reads only the wanted words' first pronunciation from the pocketsphinx dictionary (135,000 lines, ~20 ms). */
async function fromDictionary(dictPath: string, wanted: ReadonlySet<string>): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  const lines = createInterface({ input: createReadStream(dictPath, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    const space = line.indexOf(' ');
    const word = line.slice(0, space);
    if (wanted.has(word) && !found.has(word)) found.set(word, phonesOf(line.slice(space + 1)));
  }
  return found;
}

/** flite's `t2p` guesses how a word the dictionary lacks sounds ("kubernetes" → k ah b er n iy t s); absent, none. */
function guessed(t2p: string, word: string): Promise<string[] | undefined> {
  return new Promise((resolve) => {
    execFile(t2p, [word], { timeout: 5_000 }, (error, stdout) => {
      const phones = error ? [] : phonesOf(stdout);
      resolve(phones.length > 0 ? phones : undefined);
    });
  });
}

/**
 * Pronunciations of the heard words (all in the dictionary, which is what the decoder spells with) and of the context
 * words (the dictionary's when it has them, else flite's guess when flite is installed; a word with neither is left out).
 */
export async function lookUpPronunciations(
  dictPath: string,
  heard: readonly string[],
  context: readonly string[],
  t2p?: string,
): Promise<Pronunciations> {
  const found = await fromDictionary(dictPath, new Set([...heard, ...context]));
  if (!t2p) return found;
  const unknown = [...new Set(context)].filter((word) => !found.has(word) && /^[a-z][a-z']*$/.test(word));
  const guesses = await Promise.all(unknown.map((word) => guessed(t2p, word)));
  unknown.forEach((word, index) => {
    const phones = guesses[index];
    if (phones) found.set(word, phones);
  });
  return found;
}
