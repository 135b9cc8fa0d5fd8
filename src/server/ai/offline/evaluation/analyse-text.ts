import type { ItsFunction } from 'wink-nlp';
import { englishPipeline } from '#server/ai/offline/language-models.ts';

export type AnalysedToken = { text: string; lower: string; lemma: string; pos: string; type: string; stop: boolean };
export type AnalysedSentence = { text: string; start: number; end: number; tokens: AnalysedToken[] };
export type AnalysedEntity = { text: string; type: string };
/** May be shared between callers (see createTextAnalyser): treat as read-only. */
export type AnalysedText = { readonly text: string; readonly sentences: readonly AnalysedSentence[]; readonly entities: readonly AnalysedEntity[]; readonly words: number };

/** How the offline tasks read English; the engine passes one that remembers recent texts (createTextAnalyser). */
export type AnalyseText = (text: string) => AnalysedText;

/**
 * An analyser that remembers the last `limit` texts: the same question is analysed for every answer to it, and the
 * interviewer re-reads the last answer. Each engine holds its own (an explicit dependency in the offline context), so
 * no cache is shared by the whole process.
 */
export function createTextAnalyser(limit = 256): AnalyseText {
  const recent = new Map<string, AnalysedText>();
  return (text) => {
    const known = recent.get(text);
    if (known) return known;
    const analysed = analyseText(text);
    if (recent.size >= limit) recent.delete(recent.keys().next().value as string);
    recent.set(text, analysed);
    return analysed;
  };
}

/** Sentences with character offsets into `text` (so quotes stay verbatim), tokens with lemma/POS, rule entities. */
export function analyseText(text: string): AnalysedText {
  const engine = englishPipeline();
  // wink's `its` helpers are plain functions designed to be passed to `out()`.
  /* eslint-disable @typescript-eslint/unbound-method */
  const { type: typeOf, pos: posOf, stopWordFlag, detail, span } = engine.its;
  // The published types declare lemma with a different arity than `out` accepts.
  const lemmaOf = engine.its.lemma as unknown as ItsFunction<string>;
  /* eslint-enable @typescript-eslint/unbound-method */
  const doc = engine.readDoc(text);
  // Whole-document columns are read once: per-token `out()` calls cost ~20x more on long answers.
  const all = doc.tokens();
  const texts: string[] = all.out();
  const types: string[] = all.out(typeOf);
  const lemmas: string[] = all.out(lemmaOf);
  const tags: string[] = all.out(posOf);
  const stops = all.out(stopWordFlag) as unknown as boolean[];
  const spans = doc.sentences().out(span) as unknown as [number, number][];
  const sentences: AnalysedSentence[] = [];
  let cursor = 0;
  let words = 0;
  for (const [first, last] of spans) {
    const tokens: AnalysedToken[] = [];
    for (let index = first; index <= last; index += 1) {
      const tokenText = texts[index] ?? '';
      const type = types[index] ?? '';
      if (type === 'word' || type === 'number') words += 1;
      tokens.push({ text: tokenText, lower: tokenText.toLowerCase(), lemma: lemmas[index] ?? tokenText, pos: tags[index] ?? '', type, stop: stops[index] === true });
    }
    const located = locateSentence(text, tokens, cursor);
    if (!located) continue;
    cursor = located.end;
    while (located.start < located.end && /\s/.test(text[located.start] ?? '')) located.start += 1;
    if (located.start >= located.end) continue;
    sentences.push({ text: text.slice(located.start, located.end), start: located.start, end: located.end, tokens });
  }
  const entities = doc
    .entities()
    .out(detail)
    .map((entity) => {
      const found = entity as { value: string; type: string };
      return { text: found.value, type: found.type };
    });
  return { text, sentences, entities, words };
}

// wink normalises some characters, so a sentence is located by its first and last tokens in the original text.
function locateSentence(text: string, tokens: AnalysedToken[], from: number): { start: number; end: number } | null {
  const first = tokens[0];
  const last = tokens.at(-1);
  if (!first || !last) return null;
  const start = text.indexOf(first.text, from);
  if (start < 0) return null;
  let end = start + first.text.length;
  let searchFrom = end;
  for (const token of tokens.slice(1)) {
    // A token wink rewrote is looked for only nearby, so a long text is not rescanned for it.
    const at = text.slice(searchFrom, searchFrom + 200).indexOf(token.text);
    if (at < 0) continue;
    end = searchFrom + at + token.text.length;
    searchFrom = end;
  }
  return { start, end };
}
