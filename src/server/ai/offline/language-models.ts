import type nlp from 'compromise';
import type model from 'wink-eng-lite-web-model';
import type winkNLP from 'wink-nlp';
import type { WinkMethods } from 'wink-nlp';
import { loadOnFirstUse } from '#server/platform/load-on-first-use.ts';

/*
 * The offline engine's language models. Each is loaded once per process, on first use, and shared: they are immutable
 * data, since Parley only reads texts with them and never adds words, entities, patterns or plugins. (wink keeps an
 * internal lexicon cache that can grow; it changes no result.) Listed with the other process-wide data of the engine in
 * docs/architecture.md, "The AI engine". The packages themselves load on first use too: compromise expands its lexicon
 * when it is imported and wink's model is ~15 MB, which a server that has not read a text yet need not hold (decision 055).
 */

const compromise = loadOnFirstUse<{ default: typeof nlp }>('compromise');
const wink = loadOnFirstUse<typeof winkNLP>('wink-nlp');
const englishModel = loadOnFirstUse<typeof model>('wink-eng-lite-web-model');

let english: WinkMethods | undefined;
let entities: WinkMethods | undefined;

/** wink-nlp with the whole English pipeline (sentences, POS, lemmas, entities): loading it takes ~70 ms. */
export function englishPipeline(): WinkMethods {
  english ??= wink()(englishModel());
  return english;
}

/** wink-nlp with sentence boundaries and rule entities (e-mail, URL, date) only, for whole resumes. */
export function entityPipeline(): WinkMethods {
  entities ??= wink()(englishModel(), ['sbd', 'ner']);
  return entities;
}

type CompromiseView = { out: (format: 'array') => string[] };
export type CompromiseDoc = { people: () => CompromiseView; organizations: () => CompromiseView; places: () => CompromiseView };

/** compromise's reading of a short text (people, organisations, places); its lexicon is loaded with the module. */
export function readWithCompromise(text: string): CompromiseDoc {
  return (compromise().default as unknown as (text: string) => CompromiseDoc)(text);
}
