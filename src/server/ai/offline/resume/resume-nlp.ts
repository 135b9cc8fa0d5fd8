import { entityPipeline, readWithCompromise } from '#server/ai/offline/language-models.ts';

export type WinkEntity = { value: string; type: string };

/** The NLP engines the parser uses: wink-nlp for rule entities over the whole text, compromise for people, organisations and places in short spans. */
export type ResumeNlp = {
  findRuleEntities: (text: string) => WinkEntity[];
  isPerson: (text: string) => boolean;
  isOrganization: (text: string) => boolean;
  isPlace: (text: string) => boolean;
};

function stripTrailing(value: string): string {
  return value.replace(/[\s.,;:]+$/, '');
}

/** No e-mail address, URL or date is this long; a URL in a CV is well under it. */
export const maxWordChars = 512;
const longWord = new RegExp(`\\S{${maxWordChars + 1},}`, 'g');

/**
 * Words longer than `maxWordChars` become spaces of the same length before wink reads the text: its token features run
 * a regular expression over each token that is quadratic in the token's length (an 80 000-character word took 20 s),
 * and such a word is never an entity. Same length, so nothing after it moves.
 */
export function blankLongWords(text: string): string {
  return text.replace(longWord, (word) => ' '.repeat(word.length));
}

/** True when compromise's matches, trailing punctuation stripped, cover the whole text. */
function covers(found: string[], text: string): boolean {
  return found.map(stripTrailing).join(' ') === stripTrailing(text);
}

/** compromise costs about a millisecond a call, and resumes repeat their employers and places: remember answers (bounded). */
function remember(check: (text: string) => boolean, limit = 20_000): (text: string) => boolean {
  const seen = new Map<string, boolean>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined) return known;
    if (seen.size >= limit) seen.clear();
    const answer = check(text);
    seen.set(text, answer);
    return answer;
  };
}

/**
 * The parser's NLP over the shared, immutable language models, with its own memo of the names it has judged: the engine
 * holds one for its lifetime (an explicit dependency in the offline context); a parse given none makes a fresh one.
 */
export function createResumeNlp(): ResumeNlp {
  return {
    findRuleEntities: (text) => {
      const wink = entityPipeline();
      // wink's `its` helpers are plain functions designed to be passed to `out()`.
      // eslint-disable-next-line @typescript-eslint/unbound-method
      return wink.readDoc(blankLongWords(text)).entities().out(wink.its.detail) as unknown as WinkEntity[];
    },
    isPerson: remember((text) => covers(readWithCompromise(text).people().out('array'), text)),
    isOrganization: remember((text) => readWithCompromise(text).organizations().out('array').length > 0),
    isPlace: remember((text) => covers(readWithCompromise(text).places().out('array'), text)),
  };
}
