/** CMU phone classes: a vowel for a vowel, or a consonant for its voiced/voiceless or nasal twin, is half an error. */
const vowels = new Set(['aa', 'ae', 'ah', 'ao', 'aw', 'ay', 'eh', 'er', 'ey', 'ih', 'iy', 'ow', 'oy', 'uh', 'uw']);
const twins: ReadonlyArray<readonly [string, string]> = [
  ['p', 'b'], ['t', 'd'], ['k', 'g'], ['f', 'v'], ['s', 'z'], ['th', 'dh'], ['sh', 'zh'], ['ch', 'jh'], ['m', 'n'], ['n', 'ng'],
];
const twinKeys = new Set(twins.flatMap(([a, b]) => [`${a} ${b}`, `${b} ${a}`]));

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (vowels.has(a) && vowels.has(b)) return 0.5;
  return twinKeys.has(`${a} ${b}`) ? 0.5 : 1;
}

/**
 * How far apart two pronunciations are: weighted edits (a missing or extra phone costs 1, a near substitution 0.5) over
 * the longer one's length, so 0 is the same sound and 1 nothing in common.
 */
export function phoneDistance(heard: readonly string[], expected: readonly string[]): number {
  const longest = Math.max(heard.length, expected.length);
  if (longest === 0) return 0;
  let previous = Array.from({ length: expected.length + 1 }, (_, index) => index);
  for (let i = 1; i <= heard.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= expected.length; j += 1) {
      current.push(Math.min(previous[j - 1]! + substitutionCost(heard[i - 1]!, expected[j - 1]!), previous[j]! + 1, current[j - 1]! + 1));
    }
    previous = current;
  }
  return previous[expected.length]! / longest;
}
