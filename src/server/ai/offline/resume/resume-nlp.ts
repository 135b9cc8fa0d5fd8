import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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

type CompromiseView = { out: (format: 'array') => string[] };
type CompromiseDoc = { people: () => CompromiseView; organizations: () => CompromiseView; places: () => CompromiseView };
const readCompromise = nlp as unknown as (text: string) => CompromiseDoc;

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

export function createResumeNlp(): ResumeNlp {
  const wink = winkNLP(model, ['sbd', 'ner']);
  // wink's `its` helpers are plain functions designed to be passed to `out()`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const detail = wink.its.detail;
  return {
    findRuleEntities: (text) => wink.readDoc(text).entities().out(detail) as unknown as WinkEntity[],
    isPerson: remember((text) => covers(readCompromise(text).people().out('array'), text)),
    isOrganization: remember((text) => readCompromise(text).organizations().out('array').length > 0),
    isPlace: remember((text) => covers(readCompromise(text).places().out('array'), text)),
  };
}

let shared: ResumeNlp | null = null;

/** Loading the wink model takes a few hundred milliseconds, so callers that do not pass their own share one. */
export function getSharedResumeNlp(): ResumeNlp {
  shared ??= createResumeNlp();
  return shared;
}
