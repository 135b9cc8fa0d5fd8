/** Word error rate: word-level edit distance (substitutions + deletions + insertions) over the reference's word count. */

/** Lower case, digits and letters only: punctuation and case are not what speech-to-text is judged on here. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
}

export function wordErrors(reference: string, hypothesis: string): { errors: number; words: number } {
  const ref = wordsOf(reference);
  const hyp = wordsOf(hypothesis);
  let previous = Array.from({ length: hyp.length + 1 }, (_, index) => index);
  for (let i = 1; i <= ref.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= hyp.length; j += 1) {
      const substitution = previous[j - 1]! + (ref[i - 1] === hyp[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1));
    }
    previous = current;
  }
  return { errors: previous[hyp.length]!, words: ref.length };
}

export function wordErrorRate(reference: string, hypothesis: string): number {
  const { errors, words } = wordErrors(reference, hypothesis);
  return words === 0 ? (hypothesis.trim() === '' ? 0 : 1) : errors / words;
}
