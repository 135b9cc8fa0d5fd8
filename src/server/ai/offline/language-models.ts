import nlp from 'compromise';
import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

/*
 * The offline engine's language models. Each is loaded once per process, on first use, and shared: they are immutable
 * data, since Parley only reads texts with them and never adds words, entities, patterns or plugins. (wink keeps an
 * internal lexicon cache that can grow; it changes no result.) Listed with the other process-wide data of the engine in
 * docs/architecture.md, "The AI engine".
 */

let english: WinkMethods | undefined;
let entities: WinkMethods | undefined;

/** wink-nlp with the whole English pipeline (sentences, POS, lemmas, entities): loading it takes ~70 ms. */
export function englishPipeline(): WinkMethods {
  english ??= winkNLP(model);
  return english;
}

/** wink-nlp with sentence boundaries and rule entities (e-mail, URL, date) only, for whole resumes. */
export function entityPipeline(): WinkMethods {
  entities ??= winkNLP(model, ['sbd', 'ner']);
  return entities;
}

type CompromiseView = { out: (format: 'array') => string[] };
export type CompromiseDoc = { people: () => CompromiseView; organizations: () => CompromiseView; places: () => CompromiseView };

/** compromise's reading of a short text (people, organisations, places); its lexicon is loaded with the module. */
export const readWithCompromise = nlp as unknown as (text: string) => CompromiseDoc;
