const stopwords = new Set(
  ('a an and are as at be been but by can could did do does for from had has have he her his i if in into is it its me my ' +
    'no not of on or our she so than that the their them then there these they this those to was we were what when where which ' +
    'who will with would you your yours about also all any each more most other over such up very via per well within without ' +
    'able etc including include includes using use used new work working worked years year months month').split(' '),
);

/** A light stem: enough to join "managing", "managed" and "manages", not a full Porter stemmer. */
export function stemTerm(word: string): string {
  if (word.length <= 4) return word;
  return word
    .replace(/(?:ational|ation|ations)$/, 'ate')
    .replace(/(?:ing|ed|es|s|ly|ment|ments)$/, '')
    .replace(/(?:e)$/, '');
}

/** Lower-cased, stemmed content words of a text, stopwords and numbers left out. */
export function toTerms(text: string): string[] {
  const terms: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[\p{L}][\p{L}\p{N}+#]*/gu)) {
    const word = match[0];
    if (word.length < 2 || stopwords.has(word)) continue;
    terms.push(stemTerm(word));
  }
  return terms;
}
